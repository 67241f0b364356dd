// A roadmap written by hand in the convention: the reader understands every part of it, and
// writing it back gives the same text byte for byte.
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../../src/domain/interchange/index.ts';
import { importText } from '../../../src/formats/import-text.ts';
import { readWaymarkMarkdown, renderWaymarkMarkdown } from '../../../src/formats/waymark-md/index.ts';
import { item } from '../documents/load.ts';

const ROADMAP = `---
waymark: 1
id: lanternfish-2025
version: "1.2"
updated: 2025-05-02
period: "2025h1"
links:
  - url: "https://tracker.example.org/boards/7"
    title: Kanban board
fields:
  Owner team: Platform
---

# Lanternfish roadmap 2025

What the storage team plans for the first half of 2025. Status is updated at each monthly check-in.

## Storage {#storage}

- Kind: team
- Leads: Nuria Ruiz, ardumont
- Status: in progress

Everything about how we keep data.

### Faster sync {#faster-sync}

- Status: in progress (In progress)
- Priority: high
- Leads: Ana Lima
- Target: 2025-Q2
- Effort: 1-2 PM
- Tags: sync, performance
- Labels: feat
- Refs: phabricator [T4079](<https://phabricator.example.org/T4079>), github rust-lang/rust#12345
- Depends on: schema-v2
- Repositories: lanternfish-sync
- KPIs:
  - p95 sync latency
    - Target: 200 ms
    - Unit: ms
    - 2025-03-01: 340 (Grafana)
    - 2025-04-01: 280
- Risks:
  - The vendor may drop the old API (high impact)
    - Mitigation: keep a fork of the client
    - Owner: Ana Lima
- Work:
  - [x] Measure the current latency {#measure-latency}
  - [ ] Batch the writes {#batch-writes}

Sync takes too long on large workspaces. We *batch* writes and stream the diff.

### Schema v2 {#schema-v2}

- Status: done
- Target: v2.0

#### Migrate old rows {#migrate-rows}

- Status: done
- Effort: 3 days

## Check-in 2025-04-01 {#checkin-2025-04-01}

- Scope: storage
- Health: at risk

Latency is improving more slowly than planned.

### Faster sync {#faster-sync}

- Status: in progress

The batching work slipped by two weeks.

### Schema v2 {#schema-v2}

- Status: done (Shipped)
`;

describe('a hand-written Waymark Markdown roadmap', () => {
  it('is read without warnings and written back byte for byte', () => {
    const { document, warnings } = readWaymarkMarkdown(ROADMAP);
    expect(warnings).toEqual([]);
    validateDocument(document);
    expect(renderWaymarkMarkdown(document)).toBe(ROADMAP);
  });

  it('gives every part of the convention its meaning', () => {
    const { roadmap } = readWaymarkMarkdown(ROADMAP).document;
    expect(roadmap).toMatchObject({
      id: 'lanternfish-2025',
      title: 'Lanternfish roadmap 2025',
      version: '1.2',
      updated: '2025-05-02',
      period: { label: '2025h1', start: '2025-01-01', end: '2025-06-30' },
      links: [{ title: 'Kanban board', url: 'https://tracker.example.org/boards/7' }],
      fields: { 'Owner team': 'Platform' },
    });
    expect(roadmap.sections?.[0]).toMatchObject({
      id: 'storage',
      kind: 'team',
      leads: ['Nuria Ruiz', 'ardumont'],
      status: 'in_progress',
      summary: 'Everything about how we keep data.',
    });
    expect(item(roadmap, 'faster-sync')).toEqual({
      id: 'faster-sync',
      title: 'Faster sync',
      status: 'in_progress',
      statusText: 'In progress',
      priority: 'high',
      leads: ['Ana Lima'],
      target: expect.objectContaining({ label: '2025-Q2' }),
      effort: { min: 1, max: 2, unit: 'person-month', text: '1-2 PM' },
      tags: ['sync', 'performance'],
      labels: ['feat'],
      refs: [
        { tracker: 'phabricator', id: 'T4079', url: 'https://phabricator.example.org/T4079' },
        { tracker: 'github', id: 'rust-lang/rust#12345' },
      ],
      dependsOn: ['schema-v2'],
      fields: { Repositories: 'lanternfish-sync' },
      kpis: [
        {
          name: 'p95 sync latency',
          target: '200 ms',
          unit: 'ms',
          measurements: [
            { date: '2025-03-01', value: 340, source: 'Grafana' },
            { date: '2025-04-01', value: 280 },
          ],
        },
      ],
      risks: [
        {
          text: 'The vendor may drop the old API',
          impact: 'high',
          mitigation: 'keep a fork of the client',
          owner: 'Ana Lima',
        },
      ],
      work: [
        { id: 'measure-latency', title: 'Measure the current latency', status: 'done' },
        { id: 'batch-writes', title: 'Batch the writes', status: 'todo' },
      ],
      summary: 'Sync takes too long on large workspaces. We *batch* writes and stream the diff.',
    });
    expect(item(roadmap, 'migrate-rows')).toEqual({
      id: 'migrate-rows',
      title: 'Migrate old rows',
      status: 'done',
      effort: { min: 3, max: 3, unit: 'person-day', text: '3 days' },
    });
    expect(roadmap.checkins).toEqual([
      {
        id: 'checkin-2025-04-01',
        date: '2025-04-01',
        scope: 'storage',
        health: 'at_risk',
        entries: [
          {
            item: 'faster-sync',
            title: 'Faster sync',
            status: 'in_progress',
            note: 'The batching work slipped by two weeks.',
          },
          { item: 'schema-v2', title: 'Schema v2', status: 'done', statusText: 'Shipped' },
        ],
        summary: 'Latency is improving more slowly than planned.',
      },
    ]);
  });

  it('is read by the convention, not by inference, when imported as a .md file', () => {
    const imported = importText(ROADMAP, { path: 'docs/ROADMAP.md' });
    const { source, ...roadmap } = imported.document.roadmap;
    expect(roadmap).toEqual(readWaymarkMarkdown(ROADMAP).document.roadmap);
    expect(source).toEqual({
      format: 'md',
      path: 'docs/ROADMAP.md',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(imported.outline).toBeUndefined();
  });

  it('keeps a renamed item under its id through export and import', () => {
    const { document } = readWaymarkMarkdown(ROADMAP);
    const renamed = structuredClone(document);
    const target = item(renamed.roadmap, 'faster-sync');
    target.title = 'Much faster sync';
    const again = readWaymarkMarkdown(renderWaymarkMarkdown(renamed)).document.roadmap;
    expect(item(again, 'faster-sync').title).toBe('Much faster sync');
    expect(again.checkins?.[0]?.entries?.[0]?.item).toBe('faster-sync');
  });
});
