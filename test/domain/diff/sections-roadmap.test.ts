import { describe, expect, it } from 'vitest';
import { diffRoadmaps } from '../../../src/domain/diff/index.ts';
import type { InterchangeDocument, Roadmap, Section } from '../../../src/domain/interchange/schema.ts';

const base: Roadmap = {
  id: 'swh-roadmap-2022',
  title: 'Roadmap 2022',
  version: '1.0',
  updated: '2022-01-10',
  period: { label: '2022', start: '2022-01-01', end: '2022-12-31' },
  summary: 'Our goals for the year.',
  links: [{ title: 'Kanban', url: 'https://kanban.example' }],
  fields: { Editor: 'zack' },
  source: { format: 'rst', path: 'roadmap-2022.rst' },
  sections: [
    {
      id: 'collect',
      title: 'Collect',
      kind: 'area',
      leads: ['ardumont'],
      status: 'in_progress',
      statusText: 'In progress',
      summary: 'Archive more forges.',
      fields: { Repositories: 'swh-loader' },
      dependsOn: ['sre'],
      sections: [{ id: 'loaders', title: 'Package loaders' }],
    },
    { id: 'analytics', title: 'Analytics team' },
  ],
};

function edit(change: (roadmap: Roadmap) => void): Roadmap {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

const section = (r: Roadmap, i: number) => r.sections?.[i] as Section;

describe('roadmap-level changes', () => {
  it('reports every roadmap field, in a fixed order', () => {
    const after = edit((r) => {
      Object.assign(r, {
        title: 'Roadmap 2023',
        version: '1.1',
        updated: '2023-01-05',
        period: { label: '2023' },
        summary: 'Our goals for the next year.',
        links: [{ title: 'Board', url: 'https://kanban.example' }, { url: 'https://wiki.example' }],
        fields: { Editor: 'zack', Reviewed: 'yes' },
        source: { format: 'rst', path: 'roadmap-2023.rst' },
      });
    });
    expect(diffRoadmaps(base, after).roadmap).toEqual([
      { kind: 'value', field: 'title', before: 'Roadmap 2022', after: 'Roadmap 2023' },
      { kind: 'value', field: 'version', before: '1.0', after: '1.1' },
      { kind: 'value', field: 'updated', before: '2022-01-10', after: '2023-01-05' },
      { kind: 'value', field: 'period', before: base.period, after: { label: '2023' } },
      {
        kind: 'list',
        field: 'links',
        added: [{ url: 'https://wiki.example' }],
        removed: [],
        changed: [{ before: base.links?.[0], after: { title: 'Board', url: 'https://kanban.example' } }],
      },
      { kind: 'entry', field: 'fields', key: 'Reviewed', after: 'yes' },
      {
        kind: 'value',
        field: 'source',
        before: base.source,
        after: { format: 'rst', path: 'roadmap-2023.rst' },
      },
      {
        kind: 'text',
        field: 'summary',
        before: 'Our goals for the year.',
        after: 'Our goals for the next year.',
        segments: [
          { op: 'equal', text: 'Our goals for the ' },
          { op: 'insert', text: 'next ' },
          { op: 'equal', text: 'year.' },
        ],
      },
    ]);
  });

  it('accepts interchange documents as well as bare roadmaps, and finds them identical', () => {
    const doc: InterchangeDocument = { format: 'waymark/v1', roadmap: structuredClone(base) };
    const diff = diffRoadmaps(doc, base);
    expect(diff.summary).toEqual({
      identical: true,
      roadmap: 0,
      sections: { added: 0, removed: 0, moved: 0, renamed: 0, changed: 0 },
      items: { added: 0, removed: 0, moved: 0, renamed: 0, changed: 0 },
      checkins: { added: 0, removed: 0, changed: 0 },
    });
    expect(diff.before).toEqual({ id: 'swh-roadmap-2022', title: 'Roadmap 2022' });
  });
});

describe('sections', () => {
  it('reports per-field changes of a section', () => {
    const after = edit((r) => {
      Object.assign(section(r, 0), {
        kind: 'team',
        leads: ['ardumont', 'vlorentz'],
        status: 'done',
        statusText: 'Done',
        summary: 'Archive more forges and package managers.',
        fields: { Repositories: 'swh-loader-core' },
        dependsOn: [],
      });
    });
    const [diff] = diffRoadmaps(base, after).sections;
    expect(diff).toMatchObject({ type: 'modified', id: 'collect', title: 'Collect', path: [] });
    expect(diff?.type === 'modified' && diff.changes).toEqual([
      { kind: 'value', field: 'kind', before: 'area', after: 'team' },
      { kind: 'value', field: 'status', before: 'in_progress', after: 'done' },
      { kind: 'value', field: 'statusText', before: 'In progress', after: 'Done' },
      { kind: 'list', field: 'leads', added: ['vlorentz'], removed: [], changed: [] },
      { kind: 'list', field: 'dependsOn', added: [], removed: ['sre'], changed: [] },
      { kind: 'entry', field: 'fields', key: 'Repositories', before: 'swh-loader', after: 'swh-loader-core' },
      {
        kind: 'text',
        field: 'summary',
        before: 'Archive more forges.',
        after: 'Archive more forges and package managers.',
        segments: [
          { op: 'equal', text: 'Archive more forges ' },
          { op: 'insert', text: 'and package managers' },
          { op: 'equal', text: '.' },
        ],
      },
    ]);
  });

  it('reports added, removed, moved and renamed sections', () => {
    const after = edit((r) => {
      const loaders = section(r, 0).sections?.pop() as Section;
      delete section(r, 0).sections;
      Object.assign(section(r, 0), { title: 'Collection' });
      r.sections = [section(r, 0), loaders, { id: 'analytics-team-2', title: 'The analytics team' }];
      r.sections.push({ id: 'provenance', title: 'Provenance', kind: 'area' });
    });
    expect(diffRoadmaps(base, after).sections).toEqual([
      {
        type: 'modified',
        id: 'collect',
        title: 'Collection',
        path: [],
        renamed: {
          matchedBy: 'id',
          fromId: 'collect',
          toId: 'collect',
          fromTitle: 'Collect',
          toTitle: 'Collection',
        },
        changes: [],
      },
      {
        type: 'modified',
        id: 'loaders',
        title: 'Package loaders',
        path: [],
        moved: { from: [{ kind: 'section', id: 'collect', title: 'Collect' }], to: [] },
        changes: [],
      },
      {
        type: 'modified',
        id: 'analytics-team-2',
        title: 'The analytics team',
        path: [],
        renamed: {
          matchedBy: 'title',
          fromId: 'analytics',
          toId: 'analytics-team-2',
          fromTitle: 'Analytics team',
          toTitle: 'The analytics team',
          similarity: 0.8,
        },
        changes: [],
      },
      {
        type: 'added',
        id: 'provenance',
        title: 'Provenance',
        path: [],
        section: { id: 'provenance', title: 'Provenance', kind: 'area' },
      },
    ]);
  });

  it('lists a removed section without its children, which get entries of their own', () => {
    const after = edit((r) => {
      r.sections?.shift();
    });
    const diff = diffRoadmaps(base, after);
    expect(diff.sections).toEqual([
      {
        type: 'removed',
        id: 'collect',
        title: 'Collect',
        path: [],
        section: {
          id: 'collect',
          title: 'Collect',
          kind: 'area',
          leads: ['ardumont'],
          status: 'in_progress',
          statusText: 'In progress',
          summary: 'Archive more forges.',
          fields: { Repositories: 'swh-loader' },
          dependsOn: ['sre'],
        },
      },
      {
        type: 'removed',
        id: 'loaders',
        title: 'Package loaders',
        path: [{ kind: 'section', id: 'collect', title: 'Collect' }],
        section: { id: 'loaders', title: 'Package loaders' },
      },
    ]);
    expect(diff.summary.sections).toEqual({ added: 0, removed: 2, moved: 0, renamed: 0, changed: 0 });
  });
});
