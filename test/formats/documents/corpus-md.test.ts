// Markdown documents of ../shared/corpus/md (CPAN Testers is in seeds.test.ts): facts checked by
// reading each document.
import { describe, expect, it } from 'vitest';
import { allItems, importShared, item, section } from './load.ts';

const md = (name: string) => importShared(`corpus/md/${name}.md`);

describe('curl ROADMAP', () => {
  const roadmap = md('curl__curl__docs__ROADMAP');

  it('has the setext title, an area per underlined heading over bullets, a goal per one over prose', () => {
    expect(roadmap.title).toBe('curl the next few years - perhaps');
    expect(roadmap.sections?.map((s) => s.title)).toEqual([
      'HTTP/2',
      'New stuff - curl',
      'Improve',
      'Remove',
    ]);
    expect(roadmap.items?.map((i) => i.title)).toEqual([
      'SRV records',
      'HTTPS to proxy',
      'curl_formadd()',
      'third-party SASL',
      'SASL authentication in LDAP',
      'Simplify the SMTP email',
      'email capabilities',
      'Win32 pthreads',
      'dynamic buffer size',
    ]);
    expect(section(roadmap, 'http-2').items?.map((i) => i.title)).toEqual([
      'test suite',
      'multiplexing/pipelining',
      'stream properties API',
      'server push',
      'provide option for HTTP/2 "prior knowledge" over clear text',
      'provide option to allow curl to default to HTTP/2 only when using HTTPS',
    ]);
  });

  it('keeps the indented paragraphs as the items’ descriptions', () => {
    expect(item(roadmap, 'test-suite').summary).toMatch(/^Base this on existing nghttp2 server/);
    expect(item(roadmap, 'test-suite').fields?.['To decide']).toMatch(/^if we need to bundle parts/);
    expect(item(roadmap, 'srv-records').summary).toBe('How to find services for specific domains/hosts.');
    expect(section(roadmap, 'improve').items).toHaveLength(7);
  });
});

describe('KEDA ROADMAP', () => {
  const roadmap = md('kedacore__keda__ROADMAP');

  it('reads both release tables as items with their dates', () => {
    const releases = section(roadmap, 'upcoming-release-cycles').items ?? [];
    expect(releases).toHaveLength(17);
    expect(item(roadmap, 'v2-21').target).toMatchObject({ label: '2nd week of September 2026' });
    expect(item(roadmap, 'v2-12').target).toMatchObject({ start: '2023-09-28', end: '2023-09-28' });
    expect(item(roadmap, 'v2-20').fields?.Links).toContain('releases/tag/v2.20.0');
  });
});

describe('etcd roadmap', () => {
  const roadmap = md('etcd-io__etcd__Documentation__contributor-guide__roadmap');

  it('has a milestone per release with a row per task', () => {
    expect(roadmap.sections?.map((s) => [s.title, s.items?.length])).toEqual([
      ['v3.6.0', 11],
      ['v3.7.0', 4],
      ['v3.8.0', 4],
      ['Backlog (future releases)', 4],
    ]);
    expect(section(roadmap, 'v3-6-0').kind).toBe('milestone');
  });

  it('maps priority labels, statuses and issue links', () => {
    expect(item(roadmap, 'etcd-io-etcd-12913')).toMatchObject({
      title: 'StoreV2 deprecation',
      status: 'in_progress',
      priority: 'high',
      priorityText: 'priority/important-soon',
    });
    // v3.7.0 puts "Completed" in its Note column: still a status.
    expect(item(roadmap, 'etcd-io-etcd-20187')).toMatchObject({ status: 'done', priority: 'critical' });
    expect(item(roadmap, 'etcd-io-raft-89').refs?.[0]).toMatchObject({
      tracker: 'github',
      id: 'etcd-io/raft#89',
    });
  });
});

describe('Jakarta Bean Validation roadmap', () => {
  const roadmap = md('beanvalidation__beanvalidation.org__roadmap');

  it('titles rows by their description, or their JIRA key when it is empty', () => {
    expect(roadmap.sections?.map((s) => [s.id, s.items?.length])).toEqual([
      ['next', 4],
      ['archived', 21],
    ]);
    expect(item(roadmap, 'bval-508').title).toBe(
      'Validating elements contained in a container (like collections)',
    );
    expect(item(roadmap, 'bval-499').refs?.[0]).toMatchObject({ tracker: 'jira', id: 'BVAL-499' });
    expect(item(roadmap, 'bval-214')).toMatchObject({
      title: 'Ability to validate an object and a list of changes',
      fields: { Proposal: '[214](/proposals/BVAL-214)' },
    });
  });
});

describe('WebAssembly proposals', () => {
  const roadmap = md('WebAssembly__proposals__README');

  it('links the other lists instead of making them items', () => {
    expect(roadmap.items).toBeUndefined();
    expect(roadmap.links?.map((l) => l.url)).toEqual(['finished-proposals.md', 'inactive-proposals.md']);
  });

  it('has a section per phase with a proposal per row and its champions', () => {
    const phases = section(roadmap, 'active-proposals').sections ?? [];
    expect(phases.map((s) => s.items?.length ?? 0)).toEqual([0, 3, 7, 6, 13]);
    expect(item(roadmap, 'threads').leads).toEqual(['Conrad Watt']);
    expect(item(roadmap, 'esm-integration').leads).toEqual(['Asumu Takikawa', 'Ms2ger', 'Guy Bedford']);
    expect(item(roadmap, 'shared-everything-threads').leads).toEqual([
      'Andrew Brown',
      'Conrad Watt',
      'Thomas Lively',
    ]);
  });
});

describe('TC39 proposals', () => {
  const active = md('tc39__proposals__README');
  const finished = md('tc39__proposals__finished-proposals');

  it('has the stages as sections of proposals', () => {
    expect(section(active, 'active-proposals').sections?.map((s) => s.title)).toEqual([
      'Stage 3',
      'Stage 2.7',
      'Stage 2',
    ]);
    // Author and champion are often the same person: each lead once.
    expect(item(active, 'error-stack-accessor').leads).toEqual(['Jordan Harband', 'Mark Miller']);
    expect(item(active, 'decorators').refs?.[0]?.url).toBe('https://github.com/tc39/proposal-decorators');
  });

  it('reads the finished table: one item per row with its publication year', () => {
    expect(finished.items).toHaveLength(78);
    expect(item(finished, 'explicit-resource-management')).toMatchObject({
      leads: ['Ron Buckton'],
      target: { label: '2027' },
    });
  });
});

describe('Crossplane ROADMAP', () => {
  const roadmap = md('crossplane__crossplane__ROADMAP');

  it('drops the table of contents and keeps releases as milestones', () => {
    expect(roadmap.sections?.map((s) => s.title)).toEqual(["What's Next", 'Released']);
    expect(section(roadmap, 'released').sections).toHaveLength(16);
    expect(
      section(roadmap, 'v1-2-0-more-cloud-services-pluggable-webhooks-enhanced-back-off-support').kind,
    ).toBe('milestone');
  });

  it('reads issue refs of other repositories of the organisation', () => {
    expect(item(roadmap, 'crossplane-crossplane-1152').title).toBe('Pluggable webhooks support #1152');
    expect(item(roadmap, 'crossplane-provider-aws-536').refs?.[0]).toMatchObject({
      tracker: 'github',
      id: 'crossplane/provider-aws#536',
    });
  });
});

describe('IPFS 2019 roadmap', () => {
  const roadmap = md('ipfs__roadmap__archive__2019-IPFS-Project-Roadmap');

  it('has the year as period and no table of contents', () => {
    expect(roadmap.period).toMatchObject({ label: '2019', start: '2019-01-01' });
    expect(roadmap.sections?.map((s) => s.title)).not.toContain('Table of Contents');
    expect(section(roadmap, '2019-epics').sections).toHaveLength(6);
  });

  it('reads emoji statuses of the epics’ goals', () => {
    expect(item(roadmap, 'host-the-1st-conference-for-the-ipfs-community').status).toBe('done');
    expect(item(roadmap, 'complete-specification-of-the-protocol')).toMatchObject({
      status: 'cancelled',
      statusText: '❌',
    });
  });
});

describe('TypeScript wiki roadmap', () => {
  const roadmap = md('microsoft__TypeScript-wiki__Roadmap');

  it('links the 6-month plans and keeps the legend out of the items', () => {
    expect(roadmap.items).toBeUndefined();
    expect(roadmap.links?.[0]).toEqual({
      title: 'January to June 2021 (current)',
      url: 'https://github.com/microsoft/TypeScript/issues/42673',
    });
    expect(roadmap.sections?.[0]?.title).toBe('Future');
    expect(section(roadmap, '5-0-march-2023')).toMatchObject({ kind: 'milestone' });
  });

  it('reads task-list items with their PRs', () => {
    expect(item(roadmap, 'microsoft-typescript-50820')).toMatchObject({
      title: 'Standard ECMAScript Decorators',
      status: 'done',
      statusText: '[x]',
    });
    expect(item(roadmap, 'microsoft-typescript-202').title).toBe('Investigate nominal typing support');
  });
});

describe('Rust project goals', () => {
  it('2024h2 async: the metadata table is roadmap fields, the ownership tables items', () => {
    const roadmap = md('rust-lang__rust-project-goals__src__2024h2__async');
    expect(roadmap.title).toBe('Bring the Async Rust experience closer to parity with sync Rust');
    expect(roadmap.fields).toMatchObject({ 'Point of contact': '@tmandry', Status: 'Accepted' });
    expect(section(roadmap, 'send-bound-problem').items?.map((i) => i.title)).toEqual([
      'Implementation',
      'Author RFC',
      'RFC decision',
      'Stabilization decision',
    ]);
    // ~~struck through~~ tasks are done.
    expect(item(roadmap, 'implementation')).toMatchObject({ status: 'done', leads: ['@compiler-errors'] });
  });

  it('2025h2 polonius: ↳ rows are sub-tasks with their checkboxes', () => {
    const roadmap = md('rust-lang__rust-project-goals__src__2025h2__polonius');
    expect(roadmap.title).toBe('Stabilizable Polonius support on nightly');
    const prototype = item(roadmap, 'location-sensitive-prototype-on-nightly');
    expect(prototype.leads).toEqual(['@lqd']);
    expect(prototype.work?.map((w) => w.status)).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(item(roadmap, 'completely-remove-placeholders')).toMatchObject({ status: 'todo' });
  });

  it('2026 Rust for Linux: the other topics are items', () => {
    const roadmap = md('rust-lang__rust-project-goals__src__2026__roadmap-rust-for-linux');
    expect(roadmap.title).toBe('Rust for Linux');
    expect(section(roadmap, 'other-topics').items?.length).toBeGreaterThan(20);
    expect(item(roadmap, 'asm-const-ptr').title).toBe('asm_const_ptr');
  });
});

describe('Kubernetes KEPs', () => {
  it('KEP-3895: the signoff checklist and no table of contents', () => {
    const roadmap = md('kubernetes__enhancements__keps__sig-cli__3895-kubectl-delete-interactivity__README');
    expect(roadmap.title).toBe('KEP-3895: Interactive(-i) flag to kubectl delete for user confirmation');
    expect(roadmap.items).toBeUndefined();
    expect(roadmap.sections?.[0]?.title).toBe('Release Signoff Checklist');
    expect(section(roadmap, 'release-signoff-checklist').items).toHaveLength(10);
    expect(item(roadmap, 'r-design-details-are-appropriately-documented').status).toBe('done');
  });

  it('KEP-1040: sections of the design, no table of contents', () => {
    const roadmap = md(
      'kubernetes__enhancements__keps__sig-api-machinery__1040-priority-and-fairness__README',
    );
    expect(roadmap.title).toBe('KEP-1040: Priority and Fairness for API Server Requests');
    expect(roadmap.sections?.map((s) => s.title)).not.toContain('Table of Contents');
    expect(item(roadmap, 'r-production-readiness-review-completed').status).toBe('todo');
    expect(allItems(roadmap).length).toBeGreaterThan(100);
  });
});

describe('Monero roadmap (Liquid and HTML)', () => {
  it('imports, with a section per year', () => {
    const roadmap = md('monero-project__monero-site__resources__roadmap__index');
    expect(roadmap.fields?.layout).toBe('custom');
    expect(roadmap.sections?.map((s) => s.title)).toContain('2017');
  });
});
