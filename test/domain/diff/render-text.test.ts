import { describe, expect, it } from 'vitest';
import { formatSegments } from '../../../src/domain/diff/format-values.ts';
import { diffRoadmaps, renderDiffText, wordDiff } from '../../../src/domain/diff/index.ts';
import type { Roadmap } from '../../../src/domain/interchange/schema.ts';

const before: Roadmap = {
  id: 'storage-api',
  title: 'Storage API',
  version: '1.0',
  summary: 'The plan for the new storage API.',
  items: [{ id: 'announce', title: 'Announce the API' }],
  sections: [
    {
      id: 'server',
      title: 'Server',
      items: [
        {
          id: 'spec',
          title: 'Write the API spec',
          status: 'todo',
          tags: ['api'],
          fields: { Owner: 'ops' },
          work: [{ id: 'spec-review', title: 'Review the spec with ops' }],
        },
        { id: 'backend', title: 'Implement the storage backend', status: 'in_progress' },
        { id: 'quota', title: 'Enforce quotas', status: 'todo' },
      ],
    },
    { id: 'client', title: 'Client', items: [{ id: 'sync', title: 'Sync client', status: 'todo' }] },
  ],
  checkins: [
    {
      id: 'march',
      date: '2010-03-01',
      title: 'March status',
      entries: [{ item: 'spec', title: 'Write the API spec', status: 'todo' }],
    },
  ],
};

const after: Roadmap = {
  id: 'storage-api',
  title: 'Storage API v2.0',
  version: '2.0',
  summary: 'The plan for the storage API, second revision.',
  sections: [
    {
      id: 'server',
      title: 'Server',
      items: [
        {
          id: 'spec',
          title: 'Write the API spec',
          status: 'done',
          tags: ['api', 'v2'],
          effort: { min: 1, max: 1, unit: 'person-day', text: '1 day' },
          risks: [{ text: 'Clients rely on v1 quirks', impact: 'high' }],
          fields: { Owner: 'storage' },
          work: [{ id: 'spec-review', title: 'Review the spec with ops' }],
        },
        {
          id: 'implement-the-new-storage-backend',
          title: 'Implement the new storage backend',
          status: 'done',
        },
        { id: 'announce', title: 'Announce the API' },
      ],
    },
    {
      id: 'client',
      title: 'Client',
      items: [
        { id: 'sync', title: 'Sync client', status: 'todo' },
        { id: 'risk-migration', title: 'Risk: migration of old data', status: 'proposed' },
      ],
    },
  ],
  checkins: [
    {
      id: 'march',
      date: '2010-03-01',
      title: 'March status',
      entries: [{ item: 'spec', title: 'Write the API spec', status: 'done' }],
    },
  ],
};

describe('renderDiffText', () => {
  it('says "No changes." for identical roadmaps', () => {
    expect(renderDiffText(diffRoadmaps(before, structuredClone(before)))).toBe('No changes.');
  });

  it('renders every kind of change as a deterministic changelog', () => {
    expect(renderDiffText(diffRoadmaps(before, after))).toBe(
      [
        'Roadmap "Storage API v2.0" (storage-api)',
        '  title: "Storage API" → "Storage API v2.0"',
        '  version: "1.0" → "2.0"',
        '  summary: The plan for the [-new -]storage API{+, second revision+}.',
        '',
        'Items:',
        '  ~ item "Write the API spec" (spec)',
        '      status: todo → done',
        '      effort: — → 1 day (1 person-day)',
        '      + tag: v2',
        '      + risk: "Clients rely on v1 quirks" (impact high)',
        '      field "Owner": "ops" → "storage"',
        '  ~ item "Implement the new storage backend" (implement-the-new-storage-backend)',
        '      renamed: "Implement the storage backend" → "Implement the new storage backend" (backend → implement-the-new-storage-backend), matched by title (similarity 0.889)',
        '      status: in_progress → done',
        '  ~ item "Announce the API" (announce)',
        '      moved: roadmap root → "Server"',
        '  + item "Risk: migration of old data" (risk-migration) in "Client" [proposed]',
        '  - item "Enforce quotas" (quota) in "Server" [todo]',
        '',
        'Check-ins:',
        '  ~ check-in "March status" (march, 2010-03-01)',
        '      ~ entry "Write the API spec" (spec)',
        '          status: todo → done',
        '',
        'Summary: roadmap 3 fields changed; items 1 added, 1 removed, 1 moved, 1 renamed, 2 changed; check-ins 1 changed',
      ].join('\n'),
    );
  });

  it('renders section changes, list members and multi-line prose inside their block', () => {
    const a: Roadmap = {
      id: 'r',
      title: 'R',
      sections: [{ id: 'ops', title: 'Ops', summary: 'One.\nTwo.' }],
    };
    const b: Roadmap = {
      id: 'r',
      title: 'R',
      sections: [
        { id: 'ops', title: 'Operations', leads: ['Nuria Ruiz'], summary: 'One.\nTwo and three.' },
        { id: 'new', title: 'New team', kind: 'team' },
      ],
    };
    expect(renderDiffText(diffRoadmaps(a, b))).toBe(
      [
        'Roadmap "R" (r)',
        '',
        'Sections:',
        '  ~ section "Operations" (ops)',
        '      renamed: "Ops" → "Operations"',
        '      + lead: Nuria Ruiz',
        '      summary: One.',
        '        Two {+and three+}.',
        '  + section "New team" (new)',
        '',
        'Summary: sections 1 added, 1 renamed, 1 changed',
      ].join('\n'),
    );
  });

  it('shortens long unchanged stretches of prose to six words of context', () => {
    const words = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => `w${from + i}`).join(' ');
    const before = `${words(0, 20)} old ${words(20, 40)}`;
    const after = `${words(0, 20)} new ${words(20, 40)}`;
    expect(formatSegments(wordDiff(before, after))).toBe(
      '… w14 w15 w16 w17 w18 w19 [-old-]{+new+} w20 w21 w22 w23 w24 w25 …',
    );
  });
});
