// Generic YAML/TOML/JSON roadmaps: entries read by their common key names, groups as sections,
// unknown keys kept in fields, and --map for the rest.
import { describe, expect, it } from 'vitest';
import { parseKeyMap, structuredDocument } from '../../../src/formats/structured/index.ts';

const yaml = (text: string, options = {}) =>
  structuredDocument(text, 'yaml', { path: 'roadmap.yml', ...options });

describe('generic roadmap entries', () => {
  const TEXT = `title: Platform roadmap 2025
version: "1.2"
updated: 2025-03-01
description: What the platform team plans.
homepage: https://example.org/platform
period: 2025
team: platform
items:
  - name: Faster builds
    state: in progress
    owner: Ana Lima and Bo Chen
    due: Q2 2025
    priority: high
    estimate: 2-3 weeks
    labels: [Perf, CI]
    tags: build, speed
    url: https://github.com/acme/platform/issues/42
    depends_on: [cache-service]
    budget: 12k
    tasks:
      - Profile the slow steps
      - title: Cache dependencies
        done: true
  - id: cache-service
    title: Cache service
    status: Done ✅
    summary: A shared cache.
    release: v2.0
    release_date: 2025-01-15
  - Faster builds
`;
  const { document, warnings, kind } = yaml(TEXT);
  const roadmap = document.roadmap;
  const [builds, cache, again] = roadmap.items ?? [];

  it('reads the roadmap keys', () => {
    expect(kind).toBe('generic');
    expect(warnings).toEqual([]);
    expect(roadmap).toMatchObject({
      id: 'platform-roadmap-2025',
      title: 'Platform roadmap 2025',
      version: '1.2',
      updated: '2025-03-01',
      summary: 'What the platform team plans.',
      period: { label: '2025', start: '2025-01-01', end: '2025-12-31' },
      fields: { homepage: 'https://example.org/platform', team: 'platform' },
      source: { format: 'yaml', path: 'roadmap.yml' },
    });
  });

  it('reads an entry by its common key names and keeps unknown keys in fields', () => {
    expect(builds).toMatchObject({
      id: 'acme-platform-42',
      title: 'Faster builds',
      status: 'in_progress',
      statusText: 'in progress',
      leads: ['Ana Lima', 'Bo Chen'],
      target: { label: 'Q2 2025', start: '2025-04-01', end: '2025-06-30' },
      priority: 'high',
      effort: { min: 2, max: 3, unit: 'person-week', text: '2-3 weeks' },
      labels: ['perf', 'ci'],
      tags: ['build', 'speed'],
      refs: [
        { tracker: 'github', id: 'acme/platform#42', url: 'https://github.com/acme/platform/issues/42' },
      ],
      dependsOn: ['cache-service'],
      fields: { budget: '12k' },
    });
  });

  it('reads nested task lists as work, booleans as status', () => {
    expect(builds?.work?.map((w) => [w.id, w.title, w.status, w.statusText])).toEqual([
      ['profile-the-slow-steps', 'Profile the slow steps', undefined, undefined],
      ['cache-dependencies', 'Cache dependencies', 'done', 'done: true'],
    ]);
  });

  it('takes an explicit id, a release with its date as the target, and suffixes clashing ids', () => {
    expect(cache).toMatchObject({
      id: 'cache-service',
      status: 'done',
      summary: 'A shared cache.',
      target: { label: 'v2.0', start: '2025-01-15', end: '2025-01-15' },
    });
    expect(again).toMatchObject({ id: 'faster-builds', title: 'Faster builds' });
  });

  it('gives the same ids to the same text every time', () => {
    expect(yaml(TEXT).document).toEqual(document);
  });
});

describe('generic roadmap groups', () => {
  it('reads status buckets and keyed entries as sections whose status the entries take', () => {
    const { document } = yaml(`
done:
  - Ship it
doing:
  Write docs: { owner: ann }
research:
  - Maybe later
`);
    const sections = document.roadmap.sections ?? [];
    expect(
      sections.map((s) => [s.id, s.status, s.items?.map((i) => [i.title, i.status, i.statusText])]),
    ).toEqual([
      ['done', 'done', [['Ship it', 'done', 'done']]],
      ['doing', 'in_progress', [['Write docs', 'in_progress', 'doing']]],
      ['research', 'proposed', [['Maybe later', 'proposed', 'research']]],
    ]);
    expect(sections[1]?.items?.[0]?.leads).toEqual(['ann']);
  });

  it('reads period and release groups as milestones whose entries take the target', () => {
    const { document } = yaml(`
"Q3 2024":
  - title: A
    status: todo
"v3.0":
  - B
Backend:
  - C
`);
    const [q3, v3, backend] = document.roadmap.sections ?? [];
    expect(q3).toMatchObject({
      kind: 'milestone',
      items: [{ title: 'A', target: { label: 'Q3 2024', start: '2024-07-01', end: '2024-09-30' } }],
    });
    expect(v3).toMatchObject({ kind: 'milestone', items: [{ title: 'B', target: { label: 'v3.0' } }] });
    expect(backend?.kind).toBeUndefined();
    expect(backend?.items?.[0]?.target).toBeUndefined();
  });

  it('reads a list of release entries without titles as release sections', () => {
    const { document } = structuredDocument(
      JSON.stringify({ shipped: [{ version: '1.1', date: '2024-04-16', items: ['X', 'Y'], notes: 'n' }] }),
      'json',
    );
    const release = document.roadmap.sections?.[0]?.sections?.[0];
    expect(release).toMatchObject({
      id: '1-1',
      title: '1.1',
      kind: 'milestone',
      fields: { date: '2024-04-16', notes: 'n' },
    });
    expect(release?.items?.map((i) => [i.title, i.status, i.target])).toEqual([
      ['X', 'done', { label: '1.1', start: '2024-04-16', end: '2024-04-16' }],
      ['Y', 'done', { label: '1.1', start: '2024-04-16', end: '2024-04-16' }],
    ]);
  });

  it('reads TOML tables of arrays, a slug name as the id and a label as the title', () => {
    const { document } = structuredDocument(
      `[[group]]\nname = "solver"\nlabel = "New solver"\nrequires = ["types"]\nitems = [{ label = "Prototype", status = "Complete" }]\n`,
      'toml',
    );
    const group = document.roadmap.sections?.[0];
    expect(group?.title).toBe('group');
    expect(group?.items?.[0]).toMatchObject({
      id: 'solver',
      title: 'New solver',
      dependsOn: ['types'],
      work: [{ title: 'Prototype', status: 'done', statusText: 'Complete' }],
    });
  });

  it('reads a top-level list, and uses the file name for the title', () => {
    const { document } = structuredDocument('[{"title": "One"}, "Two"]', 'json', {
      fallbackTitle: 'team plans',
    });
    expect(document.roadmap).toMatchObject({ id: 'team-plans', title: 'team plans' });
    expect(document.roadmap.items?.map((i) => i.title)).toEqual(['One', 'Two']);
  });
});

describe('--map', () => {
  const TEXT = `goals:\n  - goal: Launch the beta\n    eta: March 2026\n    who: Kim\n    extra: kept\n`;

  it('reads keys the common names do not know', () => {
    const keyMap = parseKeyMap('goal=title, eta=target, who=owner');
    const item = yaml(TEXT, { keyMap }).document.roadmap.items?.[0];
    expect(item).toMatchObject({
      title: 'Launch the beta',
      target: { label: 'March 2026', start: '2026-03-01', end: '2026-03-31' },
      leads: ['Kim'],
      fields: { extra: 'kept' },
    });
  });

  it('without a map, an entry with no title key is titled by its first text, with a warning', () => {
    const { document, warnings } = yaml(TEXT);
    expect(document.roadmap.items?.[0]).toMatchObject({
      title: 'Launch the beta',
      target: { label: 'March 2026' },
      fields: { who: 'Kim', extra: 'kept' },
    });
    expect(warnings.map((w) => w.message)).toEqual([
      '/goals/0: no title key (title, name, label…): "goal" is read as the title; --map goal=title says so',
    ]);
  });

  it('can turn a known key back into a plain field', () => {
    const item = yaml('- title: A\n  status: odd\n', { keyMap: parseKeyMap('status=fields') }).document
      .roadmap.items?.[0];
    expect(item).toEqual({ id: 'a', title: 'A', fields: { status: 'odd' } });
  });

  it('refuses bad specs with a message that shows the right form', () => {
    expect(() => parseKeyMap('goal')).toThrow(/^bad --map "goal": "goal" has no "="; write key=field pairs/);
    expect(() => parseKeyMap('goal=wibble')).toThrow(
      /"wibble" is not a field; .*\(fields: id, title, status/,
    );
    expect(() => parseKeyMap('=title')).toThrow(/"=title" names no key before "="/);
    expect(() => parseKeyMap('goal=')).toThrow(/"goal=" names no field after "="/);
    expect(() => parseKeyMap(' , ')).toThrow(/it is empty/);
    expect(() => parseKeyMap('goal=title,Goal=summary')).toThrow(/"Goal" is mapped twice/);
    expect([...parseKeyMap('Due-Date=deadline,x=children').entries()]).toEqual([
      ['duedate', 'target'],
      ['x', 'items'],
    ]);
  });
});
