// Finding items across a roadmap by status, people, tags, labels, priority, section and target period.
import { NotFoundError } from '../errors.ts';
import type { Item, Priority, Roadmap, Status } from '../interchange/schema.ts';
import { parsePeriod } from '../normalise/period.ts';
import { invalidInput } from './checked.ts';
import { indexRoadmap } from './tree.ts';

/** Each list matches any of its values; all given filters must match. Text compares case-insensitively. */
export interface ItemFilter {
  status?: readonly Status[];
  priority?: readonly Priority[];
  lead?: readonly string[];
  tag?: readonly string[];
  label?: readonly string[];
  /** Items anywhere under this section: its nested sections and `work` included. */
  section?: string;
  /** Items whose target period overlaps this closed range (either end may be open). */
  target?: DateRange;
}

export interface DateRange {
  start?: string;
  end?: string;
}

/** An item as a list shows it: its own fields, its work by id, and where it sits. */
export interface ListedItem {
  item: Omit<Item, 'work'>;
  workIds?: string[];
  /** The nearest enclosing section. */
  section?: string;
  /** The item whose `work` holds it. */
  parent?: string;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Reads a target query: `2026-01-01..2026-03-31`, an open `2026-04-01..` or `..2026-06-30`, one
 * date, or a period label that resolves to dates (`2026`, `Q2 2026`, `2026h1`).
 */
export function parseDateRange(text: string, pointer: string): DateRange {
  const value = text.trim();
  const split = value.indexOf('..');
  if (split >= 0) {
    const start = value.slice(0, split).trim();
    const end = value.slice(split + 2).trim();
    for (const [part, name] of [
      [start, 'start'],
      [end, 'end'],
    ] as const) {
      if (part !== '' && !ISO_DATE.test(part))
        throw invalidInput(pointer, `the range ${name} "${part}" is not a YYYY-MM-DD date`);
    }
    if (start === '' && end === '') throw invalidInput(pointer, 'a range needs a start, an end or both');
    if (start !== '' && end !== '' && start > end)
      throw invalidInput(pointer, `the range starts after it ends`);
    return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
  }
  if (ISO_DATE.test(value)) return { start: value, end: value };
  const period = parsePeriod(value);
  if (!period?.start && !period?.end) {
    throw invalidInput(
      pointer,
      `"${value}" is neither a date range (START..END) nor a period with known dates`,
    );
  }
  return { ...(period.start ? { start: period.start } : {}), ...(period.end ? { end: period.end } : {}) };
}

function overlaps(target: Item['target'], range: DateRange): boolean {
  const start = target?.start ?? target?.end;
  const end = target?.end ?? target?.start;
  if (start === undefined || end === undefined) return false;
  return (range.end === undefined || start <= range.end) && (range.start === undefined || end >= range.start);
}

function anyOf(values: readonly string[] | undefined, wanted: readonly string[] | undefined): boolean {
  if (!wanted || wanted.length === 0) return true;
  const have = new Set((values ?? []).map((value) => value.toLowerCase()));
  return wanted.some((value) => have.has(value.toLowerCase()));
}

function matches(item: Item, filter: ItemFilter): boolean {
  if (filter.status?.length && !filter.status.includes(item.status ?? 'unknown')) return false;
  if (filter.priority?.length && (item.priority === undefined || !filter.priority.includes(item.priority)))
    return false;
  if (!anyOf(item.leads, filter.lead)) return false;
  if (!anyOf(item.tags, filter.tag)) return false;
  if (!anyOf(item.labels, filter.label)) return false;
  if (filter.target && !overlaps(item.target, filter.target)) return false;
  return true;
}

/** Every matching item, nested work included, in document order. */
export function queryItems(roadmap: Roadmap, filter: ItemFilter = {}): ListedItem[] {
  const index = indexRoadmap(roadmap);
  if (filter.section !== undefined && !index.sections.has(filter.section)) {
    throw new NotFoundError(`roadmap "${roadmap.id}" has no section "${filter.section}"`);
  }
  const listed: ListedItem[] = [];
  for (const location of index.items.values()) {
    if (filter.section !== undefined && !location.sectionIds.includes(filter.section)) continue;
    if (!matches(location.item, filter)) continue;
    const { work, ...item } = location.item;
    const section = location.sectionIds.at(-1);
    const parent = location.ancestorItemIds.at(-1);
    listed.push({
      item,
      ...(work && work.length > 0 ? { workIds: work.map((child) => child.id) } : {}),
      ...(section !== undefined ? { section } : {}),
      ...(parent !== undefined ? { parent } : {}),
    });
  }
  return listed;
}
