import { describe, expect, it } from 'vitest';
import { diffRoadmaps, type ItemModified } from '../../../src/domain/diff/index.ts';
import type { Item, Roadmap } from '../../../src/domain/interchange/schema.ts';

const roadmapWith = (item: Item): Roadmap => ({ id: 'r', title: 'R', items: [item] });

function changesOf(before: Item, after: Item) {
  const diff = diffRoadmaps(roadmapWith(before), roadmapWith(after));
  expect(diff.items).toHaveLength(1);
  return (diff.items[0] as ItemModified).changes;
}

const github = { tracker: 'github', id: 'o/r#2', url: 'https://github.com/o/r/issues/2' } as const;

const before: Item = {
  id: 'spec',
  title: 'Write the API spec',
  status: 'todo',
  statusText: 'To do',
  priority: 'medium',
  priorityText: 'Medium',
  leads: ['alice', 'bob'],
  tags: ['api', 'docs'],
  labels: ['feat'],
  refs: [{ tracker: 'phabricator', id: 'T1' }, github],
  effort: { min: 1, max: 2, unit: 'person-month', text: '1-2 PM' },
  kpis: [{ name: 'Coverage', target: '80%', measurements: [{ date: '2022-01-01', value: 50 }] }],
  risks: [{ text: 'Schema churn', impact: 'high' }],
  dependsOn: ['t1'],
  fields: { Owner: 'ops', Repo: 'server' },
  summary: 'Write the spec for the new storage API.',
};

describe('item field changes', () => {
  it('reports every field in a fixed order, lists as added/removed/changed members', () => {
    const after: Item = {
      id: 'spec',
      title: 'Write the API spec',
      status: 'done',
      statusText: 'Done',
      priority: 'high',
      leads: ['bob', 'carol'],
      tags: ['docs', 'api', 'v2'],
      refs: [
        { tracker: 'phabricator', id: 'T1', url: 'https://phab.example/T1' },
        { tracker: 'url', id: 'https://x.example' },
      ],
      effort: { text: 'variable' },
      target: { label: 'Q3 2022', start: '2022-07-01', end: '2022-09-30' },
      kpis: [
        {
          name: 'Coverage',
          target: '80%',
          measurements: [
            { date: '2022-01-01', value: 50 },
            { date: '2022-04-01', value: 65 },
          ],
        },
      ],
      risks: [{ text: 'Late review' }],
      dependsOn: ['t1', 't2'],
      fields: { 'Status page': 'yes', Owner: 'storage' },
      summary: 'Write the full spec for the storage API.',
    };
    expect(changesOf(before, after)).toEqual([
      { kind: 'value', field: 'status', before: 'todo', after: 'done' },
      { kind: 'value', field: 'statusText', before: 'To do', after: 'Done' },
      { kind: 'value', field: 'priority', before: 'medium', after: 'high' },
      { kind: 'value', field: 'priorityText', before: 'Medium' },
      {
        kind: 'value',
        field: 'effort',
        before: { min: 1, max: 2, unit: 'person-month', text: '1-2 PM' },
        after: { text: 'variable' },
      },
      { kind: 'value', field: 'target', after: { label: 'Q3 2022', start: '2022-07-01', end: '2022-09-30' } },
      { kind: 'list', field: 'leads', added: ['carol'], removed: ['alice'], changed: [] },
      { kind: 'list', field: 'tags', added: ['v2'], removed: [], changed: [] },
      { kind: 'list', field: 'labels', added: [], removed: ['feat'], changed: [] },
      {
        kind: 'list',
        field: 'refs',
        added: [{ tracker: 'url', id: 'https://x.example' }],
        removed: [github],
        changed: [
          {
            before: { tracker: 'phabricator', id: 'T1' },
            after: { tracker: 'phabricator', id: 'T1', url: 'https://phab.example/T1' },
          },
        ],
      },
      { kind: 'list', field: 'dependsOn', added: ['t2'], removed: [], changed: [] },
      {
        kind: 'list',
        field: 'kpis',
        added: [],
        removed: [],
        changed: [{ before: before.kpis?.[0], after: after.kpis?.[0] }],
      },
      {
        kind: 'list',
        field: 'risks',
        added: [{ text: 'Late review' }],
        removed: [{ text: 'Schema churn', impact: 'high' }],
        changed: [],
      },
      { kind: 'entry', field: 'fields', key: 'Status page', after: 'yes' },
      { kind: 'entry', field: 'fields', key: 'Owner', before: 'ops', after: 'storage' },
      { kind: 'entry', field: 'fields', key: 'Repo', before: 'server' },
      {
        kind: 'text',
        field: 'summary',
        before: 'Write the spec for the new storage API.',
        after: 'Write the full spec for the storage API.',
        segments: [
          { op: 'equal', text: 'Write the ' },
          { op: 'insert', text: 'full ' },
          { op: 'equal', text: 'spec for the ' },
          { op: 'delete', text: 'new ' },
          { op: 'equal', text: 'storage API.' },
        ],
      },
    ]);
  });

  it('treats list order and object key order as no change', () => {
    const after: Item = {
      ...before,
      leads: ['bob', 'alice'],
      refs: [{ ...github }, { id: 'T1', tracker: 'phabricator' }],
      effort: { text: '1-2 PM', unit: 'person-month', max: 2, min: 1 },
      fields: { Repo: 'server', Owner: 'ops' },
    };
    const diff = diffRoadmaps(roadmapWith(before), roadmapWith(after));
    expect(diff.summary.identical).toBe(true);
  });

  it('diffs an added summary as one insertion and a removed one as one deletion', () => {
    const bare: Item = { id: 'spec', title: 'Write the API spec' };
    expect(changesOf(bare, { ...bare, summary: 'New text.' })).toEqual([
      { kind: 'text', field: 'summary', after: 'New text.', segments: [{ op: 'insert', text: 'New text.' }] },
    ]);
    expect(changesOf({ ...bare, summary: 'Old text.' }, bare)).toEqual([
      {
        kind: 'text',
        field: 'summary',
        before: 'Old text.',
        segments: [{ op: 'delete', text: 'Old text.' }],
      },
    ]);
  });

  it('shows a whitespace-only edit of the summary instead of an all-equal diff', () => {
    const bare: Item = { id: 'spec', title: 'Write the API spec' };
    const [change] = changesOf({ ...bare, summary: 'One line.' }, { ...bare, summary: 'One\nline.' });
    expect(change).toMatchObject({ kind: 'text', field: 'summary' });
    const ops = change?.kind === 'text' ? change.segments.map((s) => s.op) : [];
    expect(ops).toContain('insert');
    expect(ops).toContain('delete');
  });

  it('pairs repeated list members by occurrence', () => {
    const bare: Item = { id: 'spec', title: 'Write the API spec', tags: ['x', 'x', 'y'] };
    expect(changesOf(bare, { ...bare, tags: ['x', 'y', 'y'] })).toEqual([
      { kind: 'list', field: 'tags', added: ['y'], removed: ['x'], changed: [] },
    ]);
  });
});
