// JSON, YAML and TOML documents of ../shared/corpus: facts checked by reading each file.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Roadmap } from '../../../src/domain/interchange/index.ts';
import { importText } from '../../../src/formats/import-text.ts';
import { kepDocument } from '../../../src/formats/structured/index.ts';
import { allItems, allSections, importShared, item, section } from './load.ts';

const SHARED = new URL('../../../../shared/', import.meta.url);
const read = (relative: string) => readFileSync(new URL(relative, SHARED), 'utf8');

describe('every JSON, YAML and TOML document of the corpus', () => {
  const files = ['json', 'yaml', 'toml'].flatMap((dir) =>
    readdirSync(new URL(`corpus/${dir}/`, SHARED)).map((name) => `corpus/${dir}/${name}`),
  );

  it('imports without warnings', () => {
    expect(files).toHaveLength(7);
    for (const file of files) expect(importShared(file).warnings, file).toBe(0);
  });
});

describe('Node.js release schedule (JSON)', () => {
  const FILE = 'corpus/json/nodejs__Release__schedule.json';
  const roadmap = importShared(FILE);
  const onDay = (today: string): Roadmap =>
    importText(read(FILE), { path: 'schedule.json', data: { today } }).document.roadmap;

  it('has one item per release line, in file order', () => {
    expect(roadmap).toMatchObject({
      id: 'nodejs-release-schedule',
      title: 'Node.js release schedule',
      warnings: 0,
    });
    expect(roadmap.sections).toBeUndefined();
    expect(roadmap.items).toHaveLength(27);
    expect(roadmap.items?.slice(0, 4).map((i) => i.id)).toEqual(['v0-8', 'v0-10', 'v0-12', 'v4']);
    expect(roadmap.items?.at(-1)?.id).toBe('v27');
  });

  it('reads each line’s dates, codename and LTS', () => {
    expect(item(roadmap, 'v20')).toMatchObject({
      title: 'Node.js v20 (Iron)',
      labels: ['lts'],
      target: { start: '2023-04-18', end: '2026-04-30' },
      fields: { lts: '2023-10-24', maintenance: '2024-10-22', codename: 'Iron' },
    });
    expect(item(roadmap, 'v21')).toMatchObject({
      title: 'Node.js v21',
      target: { start: '2023-10-17', end: '2024-06-01' },
    });
    expect(item(roadmap, 'v21').labels).toBeUndefined();
    // v26 has an empty codename; v27 an alpha phase before its start.
    expect(item(roadmap, 'v26').title).toBe('Node.js v26');
    expect(item(roadmap, 'v27').work?.map((w) => [w.title, w.target?.start, w.target?.end])).toEqual([
      ['Alpha', '2026-10-28', '2027-04-21'],
      ['Current', '2027-04-22', '2027-10-19'],
      ['Maintenance', '2027-10-20', '2030-04-30'],
    ]);
  });

  it('gives statuses for the day it is told', () => {
    const status = (today: string, id: string) => {
      const line = item(onDay(today), id);
      return [line.status, line.statusText];
    };
    expect(status('2024-06-01', 'v20')).toEqual(['in_progress', 'Active LTS']);
    expect(status('2025-06-01', 'v20')).toEqual(['in_progress', 'Maintenance LTS']);
    expect(status('2026-12-02', 'v20')).toEqual(['done', 'End-of-life']);
    expect(status('2026-12-02', 'v26')).toEqual(['in_progress', 'Active LTS']);
    expect(status('2026-12-02', 'v27')).toEqual(['in_progress', 'Alpha']);
    expect(status('2026-12-02', 'v0-8')).toEqual(['done', 'End-of-life']);
    expect(roadmap.items?.every((i) => i.status === undefined)).toBe(true);
  });
});

describe('CPython release cycle (JSON)', () => {
  const roadmap = importShared('corpus/json/python__devguide__include__release-cycle.json');

  it('has one item per branch', () => {
    expect(roadmap).toMatchObject({ id: 'python-release-cycle', warnings: 0 });
    expect(roadmap.items).toHaveLength(18);
    expect(roadmap.items?.map((i) => i.title).slice(0, 3)).toEqual([
      'Python 3.15',
      'Python 3.14',
      'Python 3.13',
    ]);
  });

  it('reads status, PEP, release manager and support span of each branch', () => {
    expect(item(roadmap, '3-15')).toMatchObject({
      status: 'in_progress',
      statusText: 'feature',
      leads: ['Hugo van Kemenade'],
      refs: [{ id: 'PEP 790', url: 'https://peps.python.org/pep-0790/' }],
      target: { start: '2026-10-01', end: '2031-10-31' },
      fields: { branch: 'main' },
    });
    expect(item(roadmap, '3-12')).toMatchObject({
      status: 'in_progress',
      statusText: 'security',
      target: { end: '2028-10-31' },
    });
    expect(item(roadmap, '3-9')).toMatchObject({
      status: 'done',
      statusText: 'end-of-life',
      leads: ['Łukasz Langa'],
      target: { start: '2020-10-05', end: '2025-10-31' },
    });
    expect(item(roadmap, '3-3').leads).toEqual(['Georg Brandl', 'Ned Deily']);
    expect(item(roadmap, '3-3').fields?.release_manager).toBeUndefined();
    expect(item(roadmap, '2-6').refs?.[0]?.id).toBe('PEP 361');
  });
});

describe('Rust types team roadmap (TOML)', () => {
  const roadmap = importShared('corpus/toml/rust-lang__types-team__roadmap.toml');

  it('has the groups and goals as sections', () => {
    expect(roadmap.warnings).toBe(0);
    expect(roadmap.sections?.map((s) => [s.title, s.items?.length])).toEqual([
      ['group', 13],
      ['goal', 2],
    ]);
    expect(allItems(roadmap)).toHaveLength(62);
  });

  it('reads each group with its label, link, requirements, status and items', () => {
    expect(item(roadmap, 'rustc-universe-transition')).toMatchObject({
      title: 'rustc universe transition',
      refs: [{ tracker: 'github', id: 'rust-lang/rust#56105' }],
    });
    expect(item(roadmap, 'rustc-universe-transition').work?.map((w) => [w.title, w.status])).toEqual([
      ['introduce universe system into rustc', 'done'],
      ['extend NLL solver with new universes', 'done'],
      ['resolve wasm-bindgen interaction', 'in_progress'],
    ]);
    expect(item(roadmap, 'syntactic-semantic-equality')).toMatchObject({
      status: 'in_progress',
      statusText: 'Assigned',
      dependsOn: ['map-chalk-types-to-rustc-types:debruijn', 'map-chalk-types-to-rustc-types:visit'],
    });
    expect(item(roadmap, 'features')).toMatchObject({
      status: 'blocked',
      dependsOn: ['rustc-integration-mvp', 'rust-analyzer-integration'],
    });
    expect(item(roadmap, 'map-chalk-types-to-rustc-types').work).toHaveLength(12);
  });

  it('keeps the item keys it has no role for, and reads refs under other names', () => {
    expect(item(roadmap, 'rust-lang-chalk-334')).toMatchObject({
      title: "Adapt rustc's debruijn index model",
      status: 'done',
      fields: { port: 'debruijn' },
    });
    expect(item(roadmap, 'rust-lang-chalk-335').title).toBe(
      'Preliminary model for opaque types where hidden types are known',
    );
    expect(item(roadmap, 'library').dependsOn).toEqual([
      'rustc-integration-mvp',
      'rust-analyzer-integration',
      'chalk-debugging',
    ]);
  });
});

describe('Gleam roadmap (YAML)', () => {
  const roadmap = importShared('corpus/yaml/gleam-lang__website___data__roadmap.yml');

  it('has the status buckets as sections and the releases under done', () => {
    expect(roadmap.warnings).toBe(0);
    expect(roadmap.sections?.map((s) => [s.title, s.status])).toEqual([
      ['in-progress', 'in_progress'],
      ['planned', 'todo'],
      ['research', 'proposed'],
      ['done', 'done'],
    ]);
    expect(section(roadmap, 'done').sections?.map((s) => s.title)).toEqual([
      'v1.9',
      'v1.8',
      'v1.7',
      'v1.6',
      'v1.5',
      'v1.4',
      'v1.3',
      'v1.2',
      'v1.1',
    ]);
    expect(allSections(roadmap)).toHaveLength(13);
    expect(allItems(roadmap)).toHaveLength(99);
  });

  it('gives items the status of their bucket and the release of their group', () => {
    expect(item(roadmap, 'javascript-sourcemaps')).toMatchObject({
      status: 'in_progress',
      statusText: 'in-progress',
    });
    expect(item(roadmap, 'test-keyword-assert')).toMatchObject({
      title: 'Test keyword `assert`',
      status: 'todo',
    });
    expect(item(roadmap, 'inter-module-inlining').status).toBe('proposed');
    expect(item(roadmap, 'custom-ca-certificate-support')).toMatchObject({
      status: 'done',
      target: { label: 'v1.9', start: '2025-03-08', end: '2025-03-08' },
    });
    expect(section(roadmap, 'v1-1')).toMatchObject({ kind: 'milestone', fields: { date: '2024-04-16' } });
    expect(section(roadmap, 'v1-1').items).toHaveLength(7);
  });
});

describe('IO app roadmap (YAML, bilingual)', () => {
  const roadmap = importShared('corpus/yaml/pagopa__io.italia.it___data__roadmap.yml');

  it('has a section per language and a milestone per quarter', () => {
    expect(roadmap.warnings).toBe(0);
    expect(roadmap.sections?.map((s) => s.title)).toEqual(['it', 'en']);
    expect(section(roadmap, 'en').sections?.map((s) => [s.title, s.items?.length])).toEqual([
      ['Fourth Quarter 2018', 1],
      ['First Quarter 2019', 1],
      ['Third Quarter 2019', 1],
      ['Fourth Quarter 2019', 4],
      ['End of 2019', 1],
    ]);
    expect(section(roadmap, 'it').sections).toHaveLength(5);
    expect(allItems(roadmap)).toHaveLength(16);
  });

  it('reads title, subtitle and status, and the quarter as the target', () => {
    expect(item(roadmap, 'biometric-identification')).toMatchObject({
      status: 'done',
      summary: expect.stringMatching(
        /^IO will allow, as an alternative to the PIN, to use the biometric identification/,
      ),
      target: { label: 'First Quarter 2019', start: '2019-01-01', end: '2019-03-31' },
    });
    expect(item(roadmap, 'account-cancellation')).toMatchObject({
      title: 'Account cancellation',
      status: 'todo',
      target: { label: 'Fourth Quarter 2019', start: '2019-10-01', end: '2019-12-31' },
    });
    expect(item(roadmap, 'publication-of-the-beta-version-in-the-stores').target).toEqual({
      label: 'End of 2019',
      end: '2019-12-31',
    });
    expect(item(roadmap, 'identificazione-biometrica')).toMatchObject({
      status: 'done',
      target: { label: 'Primo Trimestre 2019' },
    });
  });
});

describe('KEP-1040 priority and fairness (YAML with README)', () => {
  const roadmap = importShared(
    'corpus/yaml/kubernetes__enhancements__keps__sig-api-machinery__1040-priority-and-fairness__kep.yaml',
  );

  it('is one item with its stages as work', () => {
    expect(roadmap).toMatchObject({
      id: 'kep-1040',
      title: 'KEP-1040: Priority and Fairness for API Server Requests',
    });
    expect(roadmap.items).toHaveLength(1);
    expect(allItems(roadmap)).toHaveLength(4);
    expect(item(roadmap, 'kep-1040')).toMatchObject({
      status: 'done',
      statusText: 'implemented',
      leads: ['@MikeSpreitzer', '@yue9944882', '@wojtek-t', '@tkashem'],
      tags: ['sig-api-machinery', 'wg-multitenancy', 'sig-scheduling'],
      target: { label: 'v1.29' },
      fields: {
        'creation-date': '2019-02-28',
        reviewers: '@deads2k, @lavalamp, @ahg-g, @wojtek-t, @tkashem',
        'feature-gates': 'APIPriorityAndFairness (kube-apiserver)',
        'latest-milestone': 'v1.30',
      },
    });
    expect(item(roadmap, 'kep-1040-beta')).toMatchObject({ status: 'done', target: { label: 'v1.20' } });
    expect(item(roadmap, 'kep-1040').fields?.metrics).toMatch(
      /^apiserver_flowcontrol_rejected_requests_total, /,
    );
  });

  it('takes its description from the README summary and motivation', () => {
    const { document } = kepDocument(
      read(
        'corpus/yaml/kubernetes__enhancements__keps__sig-api-machinery__1040-priority-and-fairness__kep.yaml',
      ),
      read(
        'corpus/md/kubernetes__enhancements__keps__sig-api-machinery__1040-priority-and-fairness__README.md',
      ),
    );
    const summary = document.roadmap.items?.[0]?.summary ?? '';
    expect(summary).toMatch(
      /^This KEP describes an alternative to the existing max-in-flight\nrequest handler/,
    );
    expect(summary).toContain(
      '**Motivation**\n\nToday the apiserver has a simple mechanism for protecting itself',
    );
    expect(summary).not.toContain('### Goals');
  });
});

describe('KEP-3895 kubectl delete interactivity (YAML with README)', () => {
  const KEP =
    'corpus/yaml/kubernetes__enhancements__keps__sig-cli__3895-kubectl-delete-interactivity__kep.yaml';
  const roadmap = importShared(KEP);

  it('is one item with its stages, see-also refs and no feature gates', () => {
    expect(allItems(roadmap)).toHaveLength(4);
    expect(item(roadmap, 'kep-3895')).toMatchObject({
      title: 'Interactive(-i) flag to kubectl delete for user confirmation',
      leads: ['@ardaguclu'],
      tags: ['sig-cli'],
      target: { label: 'v1.30' },
    });
    expect(item(roadmap, 'kep-3895').refs?.map((r) => r.id)).toEqual([
      'kubernetes/enhancements#3895',
      'kubernetes/enhancements#2775',
      'kubernetes/enhancements#2777',
    ]);
    expect(item(roadmap, 'kep-3895').fields?.['feature-gates']).toBeUndefined();
    expect(item(roadmap, 'kep-3895-alpha')).toMatchObject({ status: 'done', target: { label: 'v1.28' } });
  });

  it('takes its description from the README without the template comments', () => {
    const { document } = kepDocument(
      read(KEP),
      read('corpus/md/kubernetes__enhancements__keps__sig-cli__3895-kubectl-delete-interactivity__README.md'),
    );
    const summary = document.roadmap.items?.[0]?.summary ?? '';
    expect(summary).toMatch(/^Introduce interactive mode for `kubectl delete` command/);
    expect(summary).toMatch(/\*\*Motivation\*\*\n\nkubectl delete is disruptive and irreversible command/);
    expect(summary).not.toContain('<!--');
    expect(summary).not.toContain('This section is incredibly important');
  });
});
