import { describe, expect, it } from 'vitest';
import { diffRoadmaps } from '../../../src/domain/diff/index.ts';
import type { Checkin, Roadmap } from '../../../src/domain/interchange/schema.ts';

const october: Checkin = {
  id: '2019-10-28-analytics',
  date: '2019-10-28',
  title: 'October 28, 2019 status',
  scope: 'analytics',
  health: 'on_track',
  summary: 'Most goals on track.',
  entries: [
    { item: 't1', title: 'Upgrade Kafka', status: 'in_progress' },
    { title: 'Hire an engineer', status: 'todo' },
    { item: 't3', title: 'Retire the old cluster', status: 'todo', note: 'Waiting on SRE.' },
  ],
};

const base: Roadmap = {
  id: 'goals',
  title: 'Technology goals',
  sections: [
    {
      id: 'analytics',
      title: 'Analytics',
      items: [
        { id: 't1', title: 'Upgrade Kafka' },
        { id: 't3', title: 'Retire the old Hadoop cluster' },
      ],
    },
  ],
  checkins: [october],
};

function edit(change: (roadmap: Roadmap) => void): Roadmap {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

describe('check-ins', () => {
  it('reports added and removed check-ins with their content', () => {
    const november: Checkin = { id: '2019-11-25', date: '2019-11-25', health: 'at_risk' };
    const after = edit((r) => {
      r.checkins = [november];
    });
    const diff = diffRoadmaps(base, after);
    expect(diff.checkins).toEqual([
      { type: 'added', id: '2019-11-25', date: '2019-11-25', checkin: november },
      {
        type: 'removed',
        id: '2019-10-28-analytics',
        date: '2019-10-28',
        title: 'October 28, 2019 status',
        checkin: october,
      },
    ]);
    expect(diff.summary.checkins).toEqual({ added: 1, removed: 1, changed: 0 });
  });

  it('reports field changes and entries added, removed and changed', () => {
    const after = edit((r) => {
      const checkin = r.checkins?.[0] as Checkin;
      checkin.health = 'at_risk';
      checkin.summary = 'Some goals at risk.';
      checkin.entries = [
        { item: 't1', title: 'Upgrade Kafka', status: 'done', statusText: 'Done' },
        { item: 't3', title: 'Retire the old cluster', status: 'todo', note: 'Waiting on SRE.' },
        { title: 'Write the runbook', status: 'todo' },
      ];
    });
    const diff = diffRoadmaps(base, after);
    expect(diff.checkins).toEqual([
      {
        type: 'modified',
        id: '2019-10-28-analytics',
        date: '2019-10-28',
        title: 'October 28, 2019 status',
        changes: [
          { kind: 'value', field: 'health', before: 'on_track', after: 'at_risk' },
          {
            kind: 'text',
            field: 'summary',
            before: 'Most goals on track.',
            after: 'Some goals at risk.',
            segments: [
              { op: 'delete', text: 'Most' },
              { op: 'insert', text: 'Some' },
              { op: 'equal', text: ' goals ' },
              { op: 'delete', text: 'on track' },
              { op: 'insert', text: 'at risk' },
              { op: 'equal', text: '.' },
            ],
          },
        ],
        entries: [
          {
            type: 'modified',
            item: 't1',
            title: 'Upgrade Kafka',
            changes: [
              { kind: 'value', field: 'status', before: 'in_progress', after: 'done' },
              { kind: 'value', field: 'statusText', after: 'Done' },
            ],
          },
          {
            type: 'added',
            title: 'Write the runbook',
            entry: { title: 'Write the runbook', status: 'todo' },
          },
          {
            type: 'removed',
            title: 'Hire an engineer',
            entry: { title: 'Hire an engineer', status: 'todo' },
          },
        ],
      },
    ]);
    expect(diff.summary.checkins).toEqual({ added: 0, removed: 0, changed: 1 });
  });

  it('follows an entry to its item across a title rename, and a scope across a section rename', () => {
    const after = edit((r) => {
      const section = r.sections?.[0];
      if (section) Object.assign(section, { id: 'analytics-engineering', title: 'Analytics engineering' });
      const item = section?.items?.[1];
      if (item)
        Object.assign(item, { id: 'retire-old-hadoop-cluster', title: 'Retire the old Hadoop cluster now' });
      const checkin = r.checkins?.[0] as Checkin;
      checkin.scope = 'analytics-engineering';
      for (const entry of checkin.entries ?? []) {
        if (entry.item === 't3') entry.item = 'retire-old-hadoop-cluster';
      }
    });
    const diff = diffRoadmaps(base, after);
    expect(diff.checkins).toEqual([]);
    expect(diff.items.map((d) => d.type === 'modified' && d.renamed?.matchedBy)).toEqual(['title']);
    expect(diff.sections.map((d) => d.type === 'modified' && d.renamed?.matchedBy)).toEqual(['content']);
  });

  it('reports a scope that changed to another section', () => {
    const after = edit((r) => {
      (r.checkins?.[0] as Checkin).scope = 'platform';
    });
    const [diff] = diffRoadmaps(base, after).checkins;
    expect(diff?.type === 'modified' && diff.changes).toEqual([
      { kind: 'value', field: 'scope', before: 'analytics', after: 'platform' },
    ]);
  });
});
