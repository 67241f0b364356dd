import { readFileSync } from 'node:fs';
import type { Item, Roadmap, Section } from '../../../src/domain/interchange/index.ts';
import { validateDocument } from '../../../src/domain/interchange/index.ts';
import { decodeText } from '../../../src/formats/decode.ts';
import { importText } from '../../../src/formats/import-text.ts';

const SHARED = new URL('../../../../shared/', import.meta.url);

/** Imports a document of ../shared exactly as the CLI does, and checks it against the schema. */
export function importShared(relative: string): Roadmap & { warnings: number } {
  const { text } = decodeText(readFileSync(new URL(relative, SHARED)));
  const { document, warnings } = importText(text, { path: relative.split('/').pop() ?? relative });
  validateDocument(document);
  return Object.assign(document.roadmap, { warnings: warnings.length });
}

export function allItems(roadmap: Roadmap | Section): Item[] {
  const out: Item[] = [];
  const visit = (items: readonly Item[] | undefined) => {
    for (const item of items ?? []) {
      out.push(item);
      visit(item.work);
    }
  };
  visit(roadmap.items);
  for (const section of roadmap.sections ?? []) out.push(...allItems(section));
  return out;
}

export function allSections(roadmap: Roadmap | Section): Section[] {
  return (roadmap.sections ?? []).flatMap((section) => [section, ...allSections(section)]);
}

export function item(roadmap: Roadmap, id: string): Item {
  const found = allItems(roadmap).find((candidate) => candidate.id === id);
  if (!found)
    throw new Error(
      `no item ${id}; ids: ${allItems(roadmap)
        .map((i) => i.id)
        .slice(0, 40)
        .join(', ')}`,
    );
  return found;
}

export function section(roadmap: Roadmap, id: string): Section {
  const found = allSections(roadmap).find((candidate) => candidate.id === id);
  if (!found)
    throw new Error(
      `no section ${id}; ids: ${allSections(roadmap)
        .map((s) => s.id)
        .join(', ')}`,
    );
  return found;
}
