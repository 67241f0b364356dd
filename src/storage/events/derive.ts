// Which events a revision raises, from the semantic diff of the parent and the new roadmap. Pure:
// the write transaction stores what this returns. A new roadmap raises one roadmap.created with
// counts, not an item.created per item, so importing a large document is one event.
import { diffRoadmaps } from '../../domain/diff/index.ts';
import type { Item, Roadmap } from '../../domain/interchange/schema.ts';
import type { EventType } from './types.ts';

export interface DerivedEvent {
  type: EventType;
  data: Record<string, unknown>;
}

function countItems(items: readonly Item[] | undefined): number {
  let total = 0;
  for (const item of items ?? []) total += 1 + countItems(item.work);
  return total;
}

function roadmapCounts(roadmap: Roadmap): Record<string, number> {
  let items = countItems(roadmap.items);
  let sections = 0;
  const stack = [...(roadmap.sections ?? [])];
  for (let section = stack.pop(); section; section = stack.pop()) {
    sections += 1;
    items += countItems(section.items);
    stack.push(...(section.sections ?? []));
  }
  return { sections, items, checkins: roadmap.checkins?.length ?? 0 };
}

export function deriveEvents(before: Roadmap | undefined, after: Roadmap, kind: string): DerivedEvent[] {
  const roadmap = { id: after.id, title: after.title };
  if (!before) return [{ type: 'roadmap.created', data: { roadmap, counts: roadmapCounts(after) } }];
  const diff = diffRoadmaps(before, after);
  const events: DerivedEvent[] = [
    {
      type: 'roadmap.updated',
      data: { roadmap, summary: diff.summary, changes: diff.roadmap, sections: diff.sections },
    },
  ];
  if (kind === 'restore') events.push({ type: 'revision.restored', data: { roadmap } });
  for (const item of diff.items) {
    if (item.type === 'added') {
      events.push({
        type: 'item.created',
        data: { id: item.id, title: item.title, path: item.path, item: item.item },
      });
    } else if (item.type === 'removed') {
      events.push({
        type: 'item.deleted',
        data: { id: item.id, title: item.title, path: item.path, item: item.item },
      });
    } else {
      events.push({ type: 'item.updated', data: { ...item } });
      const status = item.changes.find((change) => change.field === 'status');
      if (status) {
        events.push({
          type: 'item.status_changed',
          data: {
            id: item.id,
            title: item.title,
            path: item.path,
            before: status.before,
            after: status.after,
          },
        });
      }
    }
  }
  for (const checkin of diff.checkins) {
    const type =
      checkin.type === 'added'
        ? 'checkin.created'
        : checkin.type === 'removed'
          ? 'checkin.deleted'
          : 'checkin.updated';
    events.push({ type, data: { ...checkin } });
  }
  return events;
}
