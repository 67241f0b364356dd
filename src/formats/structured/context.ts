// What every structured mapper shares while it builds one roadmap: unique ids, warnings that say
// where in the data they arose, and the limits that keep huge or deeply nested input bounded.
import type { Roadmap } from '../../domain/interchange/index.ts';
import { IdAllocator, slugify } from '../infer/ids.ts';
import type { Warning } from '../outline/types.ts';
import { Warnings } from '../outline/warnings.ts';

/** What a mapper makes: a roadmap whose id and title the dispatcher may still have to supply. */
export type MappedRoadmap = Omit<Roadmap, 'id' | 'title' | 'source'> & { id?: string; title?: string };

/** Deeper than this, a value is kept as text in `fields` rather than read as sections and items. */
export const MAX_DEPTH = 24;
/** Items and sections read from one document; the rest is left out with a warning. */
export const MAX_NODES = 20_000;

export class MapperContext {
  readonly itemIds = new IdAllocator();
  readonly sectionIds = new IdAllocator();
  private readonly warningList = new Warnings(200);
  private nodes = 0;
  private truncated = false;

  /** Warnings carry no line: parsed data has lost it, so the message names the JSON pointer. */
  warn(pointer: string, message: string): void {
    this.warningList.add(1, 1, `${pointer || '/'}: ${message}`);
  }

  itemId(candidate: string): string {
    return this.itemIds.take(slugify(candidate));
  }

  sectionId(candidate: string): string {
    return this.sectionIds.take(slugify(candidate, 'section'));
  }

  /** Counts one more node; false once the budget is spent (warned once). */
  admit(pointer: string): boolean {
    if (this.nodes >= MAX_NODES) {
      if (!this.truncated)
        this.warn(pointer, `more than ${MAX_NODES} items and sections: the rest is left out`);
      this.truncated = true;
      return false;
    }
    this.nodes++;
    return true;
  }

  get warnings(): Warning[] {
    return this.warningList.done();
  }
}

/** A JSON pointer one step below `pointer`. */
export function child(pointer: string, key: string | number): string {
  return `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
