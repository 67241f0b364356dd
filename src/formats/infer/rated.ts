// Plain-text to-do lists rate each entry in aligned columns before its text: a priority digit and
// an effort of one to five asterisks, `?` when nobody has guessed it (`2 ***   packed arrays
// (jnthn)`). Such lists name whom to ask as bare handles in parentheses after the text, and put
// the area's contact after the area's name the same way (`Macros (masak)`).
import type { Effort, Item, Priority } from '../../domain/interchange/index.ts';
import { normalisePriority, parseEffort } from '../../domain/normalise/index.ts';
import type { ListItem } from '../outline/types.ts';

const RATED = /^([1-5])\s+(\*{1,5}|\?{1,3})\s+(\S.*)$/;
// One to four single-word handles: `(jnthn)`, `(lizmat,FROGGS)`. A remark has spaces in it.
const HANDLES = /\s*\(([\p{L}][\p{L}\p{N}_.-]*(?:\s*,\s*[\p{L}][\p{L}\p{N}_.-]*){0,3})\)$/u;

export interface Rated {
  title: string;
  priority?: Priority;
  priorityText: string;
  effort?: Effort;
  leads: string[];
}

/** The handles a text ends with in parentheses, and the text without them. */
function trailingHandles(text: string): { rest: string; people: string[] } {
  const match = HANDLES.exec(text.trimEnd());
  if (!match?.[1]) return { rest: text.trim(), people: [] };
  const rest = text.slice(0, match.index).trim();
  if (rest === '') return { rest: text.trim(), people: [] };
  return { rest, people: match[1].split(',').map((name) => name.trim()) };
}

/** A rated entry's title, priority, effort and contacts; undefined for an unrated text. */
export function ratedTitle(text: string): Rated | undefined {
  const match = RATED.exec(text.trim());
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  const { rest, people } = trailingHandles(match[3]);
  const rated: Rated = { title: rest, priorityText: match[1], leads: people };
  const priority = normalisePriority(match[1])?.priority;
  if (priority) rated.priority = priority;
  const effort = parseEffort(match[2]);
  if (effort) rated.effort = effort;
  return rated;
}

/** What a rated entry says besides its title, as item keys. */
export function ratedFields(rated: Rated): Partial<Item> {
  return {
    ...(rated.priority ? { priority: rated.priority } : {}),
    priorityText: rated.priorityText,
    ...(rated.effort ? { effort: rated.effort } : {}),
    ...(rated.leads.length > 0 ? { leads: rated.leads } : {}),
  };
}

/** An area over rated entries only: its name, and the handles after it as its contacts. */
export function ratedArea(title: string, entries: readonly ListItem[]): { title: string; leads: string[] } {
  if (entries.length === 0 || !entries.every((entry) => RATED.test(entry.text.trim())))
    return { title, leads: [] };
  const { rest, people } = trailingHandles(title);
  return { title: rest, leads: people };
}
