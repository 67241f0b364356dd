// What the reader settles once the whole file is read: ids (explicit ones kept, missing ones made
// from titles, clashes suffixed), references of check-ins, and the roadmap's key order.
import type { Item, Roadmap, Section } from '../../domain/interchange/index.ts';
import { slugify } from '../infer/ids.ts';
import type { Report } from './read-fields.ts';
import type { FrontMatterRoadmap } from './read-front-matter.ts';

class Ids {
  private readonly used = new Set<string>();
  constructor(private readonly explicit: ReadonlySet<string>) {}

  take(candidate: string, isExplicit: boolean): string {
    if (!this.used.has(candidate) && (isExplicit || !this.explicit.has(candidate))) {
      this.used.add(candidate);
      return candidate;
    }
    let n = 2;
    while (this.used.has(`${candidate}-${n}`) || this.explicit.has(`${candidate}-${n}`)) n++;
    const id = `${candidate}-${n}`;
    this.used.add(id);
    return id;
  }
}

function allSections(sections: readonly Section[] | undefined): Section[] {
  return (sections ?? []).flatMap((section) => [section, ...allSections(section.sections)]);
}

function allItems(items: readonly Item[] | undefined): Item[] {
  return (items ?? []).flatMap((item) => [item, ...allItems(item.work)]);
}

function settle<T extends { id: string; title?: string }>(
  nodes: readonly T[],
  derive: (node: T) => string,
  what: string,
  lineOf: ReadonlyMap<object, number>,
  report: Report,
): void {
  const ids = new Ids(new Set(nodes.map((node) => node.id).filter((id) => id !== '')));
  for (const node of nodes) {
    if (node.id === '') {
      node.id = ids.take(derive(node), false);
      continue;
    }
    const id = ids.take(node.id, true);
    if (id !== node.id)
      report(lineOf.get(node) ?? 0, `${what} id "${node.id}" is used twice; this one is read as "${id}"`);
    node.id = id;
  }
}

export function settleIds(roadmap: Roadmap, lineOf: ReadonlyMap<object, number>, report: Report): void {
  const sections = allSections(roadmap.sections);
  settle(sections, (section) => slugify(section.title, 'section'), 'section', lineOf, report);
  const items = [...sections.flatMap((section) => allItems(section.items)), ...allItems(roadmap.items)];
  settle(items, (item) => slugify(item.title, 'item'), 'item', lineOf, report);
  settle(roadmap.checkins ?? [], (checkin) => `checkin-${checkin.date}`, 'check-in', lineOf, report);
}

/** A check-in's scope must be a section and an entry's item an item; others are dropped with a warning. */
export function settleReferences(
  roadmap: Roadmap,
  lineOf: ReadonlyMap<object, number>,
  report: Report,
): void {
  const sections = new Set(allSections(roadmap.sections).map((section) => section.id));
  const items = new Set(
    [
      ...allSections(roadmap.sections).flatMap((section) => allItems(section.items)),
      ...allItems(roadmap.items),
    ].map((item) => item.id),
  );
  for (const checkin of roadmap.checkins ?? []) {
    const line = lineOf.get(checkin) ?? 0;
    if (checkin.scope !== undefined && !sections.has(checkin.scope)) {
      report(line, `check-in scope "${checkin.scope}" is not a section id; it is not read`);
      delete checkin.scope;
    }
    for (const entry of checkin.entries ?? []) {
      if (entry.item !== undefined && !items.has(entry.item)) {
        report(
          line,
          `check-in entry "${entry.title}" names item "${entry.item}", which does not exist; the link is not read`,
        );
        delete entry.item;
      }
    }
  }
}

/** The roadmap with its keys in schema order, front matter keys included. */
export function ordered(roadmap: Roadmap, meta: FrontMatterRoadmap): Roadmap {
  return {
    id: roadmap.id,
    title: roadmap.title,
    ...(meta.version !== undefined ? { version: meta.version } : {}),
    ...(meta.updated !== undefined ? { updated: meta.updated } : {}),
    ...(meta.period !== undefined ? { period: meta.period } : {}),
    ...(roadmap.summary !== undefined ? { summary: roadmap.summary } : {}),
    ...(meta.links !== undefined ? { links: meta.links } : {}),
    ...(meta.fields !== undefined ? { fields: meta.fields } : {}),
    ...(roadmap.sections !== undefined ? { sections: roadmap.sections } : {}),
    ...(roadmap.items !== undefined ? { items: roadmap.items } : {}),
    ...(roadmap.checkins !== undefined ? { checkins: roadmap.checkins } : {}),
    ...(meta.source !== undefined ? { source: meta.source } : {}),
  };
}
