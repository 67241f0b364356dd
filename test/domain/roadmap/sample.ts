// The Lanternfish sample roadmap (samples/), read fresh for every test that edits it.
import { readFileSync } from 'node:fs';
import type { InterchangeDocument, Roadmap } from '../../../src/domain/interchange/index.ts';

const SAMPLE = new URL('../../../samples/lanternfish-2026h1.json', import.meta.url);

export function sampleDocument(): InterchangeDocument {
  return JSON.parse(readFileSync(SAMPLE, 'utf8')) as InterchangeDocument;
}

export function sampleRoadmap(): Roadmap {
  return sampleDocument().roadmap;
}

/** Every item id in document order, with the ids of sections and items that hold it. */
export function itemIds(roadmap: Roadmap): string[] {
  const ids: string[] = [];
  const visit = (items: Roadmap['items']) => {
    for (const item of items ?? []) {
      ids.push(item.id);
      visit(item.work);
    }
  };
  const sections = (list: Roadmap['sections']) => {
    for (const section of list ?? []) {
      visit(section.items);
      sections(section.sections);
    }
  };
  sections(roadmap.sections);
  visit(roadmap.items);
  return ids;
}
