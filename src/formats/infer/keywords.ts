// Org documents declare their own TODO keywords (`#+TODO: TODO WORKING | DONE DROPPED`,
// `#+TYP_TODO: FEATURE BUG TODO | DONE`): words before `|` are open states, words after it are
// closed ones (without `|`, only the last word is closed). A `#+TODO`/`#+SEQ_TODO` line is a
// progression, so an open word after the first means work has started; a `#+TYP_TODO` line lists
// kinds of work, so each open word is a kind (a label) of something still to do.
import type { Status } from '../../domain/interchange/index.ts';
import { normaliseStatus } from '../../domain/normalise/index.ts';
import type { Inline } from '../outline/types.ts';

export interface KeywordMeaning {
  status: Status;
  /** A kind of work the keyword names (`feature`, `bug`), for `#+TYP_TODO` words. */
  label?: string;
}

export type Keywords = ReadonlyMap<string, KeywordMeaning>;

function readSequence(line: string, typed: boolean, into: Map<string, KeywordMeaning>): void {
  // `TODO(t)` and `DONE(d!)` carry fast-access keys after the word.
  const words = line.split(/\s+/).filter(Boolean);
  const bar = words.indexOf('|');
  const open = bar >= 0 ? words.slice(0, bar) : words.slice(0, -1);
  const closed = bar >= 0 ? words.slice(bar + 1) : words.slice(-1);
  open.forEach((raw, index) => {
    const word = raw.replace(/\(.*\)$/, '');
    const known = normaliseStatus(word)?.status;
    if (typed) into.set(word, known ? { status: known } : { status: 'todo', label: word.toLowerCase() });
    else into.set(word, { status: known ?? (index === 0 ? 'todo' : 'in_progress') });
  });
  for (const raw of closed) {
    const word = raw.replace(/\(.*\)$/, '');
    const known = normaliseStatus(word)?.status;
    into.set(word, { status: known === 'cancelled' ? 'cancelled' : 'done' });
  }
}

/** The TODO keywords a document's metadata declares, with what each means. */
export function declaredKeywords(meta: Readonly<Record<string, string>>): Keywords {
  const keywords = new Map<string, KeywordMeaning>();
  for (const [key, value] of Object.entries(meta)) {
    const name = key.toLowerCase();
    if (name === 'todo' || name === 'seq_todo') readSequence(value, false, keywords);
    else if (name === 'typ_todo') readSequence(value, true, keywords);
  }
  return keywords;
}

/** The status (and kind) a declared keyword on a headline gives it, as the document defines it. */
export function keywordStatus(
  inline: Inline,
  keywords: Keywords,
): { status: Status; statusText: string; label?: string } | undefined {
  for (const mark of inline.marks) {
    if (mark.source !== 'keyword') continue;
    const meaning = keywords.get(mark.text);
    if (meaning) return { ...meaning, statusText: mark.text };
  }
  return undefined;
}
