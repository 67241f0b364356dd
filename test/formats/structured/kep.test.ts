// KEP metadata and README: the mapper checked on small hand-written KEPs (the real ones are in
// test/formats/documents/corpus-structured.test.ts).
import { describe, expect, it } from 'vitest';
import {
  kepDocument,
  kepReadmeDescription,
  structuredDocument,
} from '../../../src/formats/structured/index.ts';

const KEP = `title: Sidecar containers
kep-number: 753
authors: ["@alice", "@bob"]
owning-sig: sig-node
participating-sigs: [sig-apps]
status: implementable
creation-date: 2019-01-15
last-updated: "2024-02-01"
reviewers: ["@carol"]
approvers: ["@dave"]
see-also:
  - "/keps/sig-node/2872-keystone-containers"
  - "https://github.com/kubernetes/kubernetes/issues/99"
replaces:
  - "/keps/sig-apps/0001-old-sidecars"
stage: beta
latest-milestone: "v1.29"
milestone:
  alpha: "v1.28"
  beta: "v1.29"
  stable: "v1.31"
feature-gates:
  - name: SidecarContainers
    components: [kube-apiserver, kubelet]
disable-supported: true
prr-approvers: ["@erin"]
`;

const README = `# KEP-753: Sidecar containers

<!-- toc -->
- [Summary](#summary)
<!-- /toc -->

## Summary

<!--
Template guidance that is not part of the KEP.
-->

Sidecars start before and stop after the main containers.

\`\`\`yaml
## Motivation
not a heading: inside a code block
\`\`\`

## Motivation

Init containers cannot run for the pod's whole life.

### Goals

- Not part of the description.

## Proposal

Nor is this.
`;

describe('KEP mapper', () => {
  const { document, kind } = kepDocument(KEP, README);
  const roadmap = document.roadmap;
  const item = roadmap.items?.[0];

  it('makes one roadmap with the KEP as its one item', () => {
    expect(kind).toBe('kep');
    expect(roadmap).toMatchObject({
      id: 'kep-753',
      title: 'KEP-753: Sidecar containers',
      updated: '2024-02-01',
    });
    expect(roadmap.items).toHaveLength(1);
    expect(item).toMatchObject({
      id: 'kep-753',
      title: 'Sidecar containers',
      status: 'todo',
      statusText: 'implementable',
      leads: ['@alice', '@bob'],
      tags: ['sig-node', 'sig-apps'],
      target: { label: 'v1.29' },
    });
  });

  it('refers to its issue, its see-also and replaced KEPs', () => {
    expect(item?.refs).toEqual([
      {
        tracker: 'github',
        id: 'kubernetes/enhancements#753',
        url: 'https://github.com/kubernetes/enhancements/issues/753',
      },
      {
        tracker: 'url',
        id: '/keps/sig-node/2872-keystone-containers',
        url: 'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/2872-keystone-containers',
      },
      {
        tracker: 'github',
        id: 'kubernetes/kubernetes#99',
        url: 'https://github.com/kubernetes/kubernetes/issues/99',
      },
      {
        tracker: 'url',
        id: '/keps/sig-apps/0001-old-sidecars',
        url: 'https://github.com/kubernetes/enhancements/tree/master/keps/sig-apps/0001-old-sidecars',
      },
    ]);
  });

  it('has a work item per stage milestone, done up to the stage it is implementing', () => {
    expect(item?.work?.map((w) => [w.id, w.status, w.target?.label])).toEqual([
      ['kep-753-alpha', 'done', 'v1.28'],
      ['kep-753-beta', 'in_progress', 'v1.29'],
      ['kep-753-stable', 'todo', 'v1.31'],
    ]);
  });

  it('keeps every other key in fields, feature gates with their components', () => {
    expect(item?.fields).toMatchObject({
      'owning-sig': 'sig-node',
      'participating-sigs': 'sig-apps',
      reviewers: '@carol',
      approvers: '@dave',
      'creation-date': '2019-01-15',
      stage: 'beta',
      'latest-milestone': 'v1.29',
      'feature-gates': 'SidecarContainers (kube-apiserver, kubelet)',
      'disable-supported': 'true',
      'prr-approvers': '@erin',
    });
  });

  it('describes the KEP with its README summary and motivation, without template comments', () => {
    expect(item?.summary).toBe(
      "Sidecars start before and stop after the main containers.\n\n```yaml\n## Motivation\nnot a heading: inside a code block\n```\n\n**Motivation**\n\nInit containers cannot run for the pod's whole life.",
    );
    expect(kepDocument(KEP).document.roadmap.items?.[0]?.summary).toBeUndefined();
  });

  it('maps each KEP status and marks stages after a withdrawn stage cancelled', () => {
    const status = (word: string, stage = 'alpha') => {
      const text = KEP.replace('status: implementable', `status: ${word}`).replace(
        'stage: beta',
        `stage: ${stage}`,
      );
      const kep = kepDocument(text).document.roadmap.items?.[0];
      return [kep?.status, kep?.work?.map((w) => w.status)];
    };
    expect(status('provisional')).toEqual(['proposed', ['todo', 'todo', 'todo']]);
    expect(status('implemented', 'stable')).toEqual(['done', ['done', 'done', 'done']]);
    expect(status('deferred')).toEqual(['postponed', ['postponed', 'postponed', 'postponed']]);
    expect(status('withdrawn', 'beta')).toEqual(['cancelled', ['done', 'cancelled', 'cancelled']]);
    expect(status('rejected')[0]).toBe('cancelled');
    expect(status('replaced')[0]).toBe('cancelled');
  });

  it('is recognised by kep-number whatever the file name, and by the name kep.yaml', () => {
    expect(structuredDocument(KEP, 'yaml', { path: 'metadata.yaml' }).kind).toBe('kep');
    const noNumber = 'title: Something\nstatus: provisional\n';
    expect(structuredDocument(noNumber, 'yaml', { path: 'keps/x/kep.yaml' }).kind).toBe('kep');
    // Elsewhere it is a mapping with no entries, which no mapper can read as a roadmap.
    expect(() => structuredDocument(noNumber, 'yaml', { path: 'keps/x/other.yaml' })).toThrow(
      /^expected a waymark\/v1 document, a Kubernetes kep\.yaml, .*; found a mapping \(keys title, status\) with no entries/,
    );
  });
});

describe('KEP README description', () => {
  it('is undefined for a README with neither summary nor motivation', () => {
    expect(kepReadmeDescription('# Title\n\nJust text.\n')).toBeUndefined();
    expect(kepReadmeDescription('## Summary\n\n<!-- only a comment -->\n')).toBeUndefined();
  });

  it('reads CRLF text and a summary alone', () => {
    expect(kepReadmeDescription('## Summary\r\n\r\nShort.\r\n\r\n## Design\r\nx\r\n')).toBe('Short.');
  });
});
