// Turns field values (as written) into interchange values.
import type { Effort, Kpi, Period, Priority, Ref, Risk, Status } from '../../domain/interchange/index.ts';
import {
  normalisePriority,
  normaliseStatus,
  parseEffort,
  parsePeriod,
} from '../../domain/normalise/index.ts';
import type { Block, Inline } from '../outline/types.ts';
import { extractRefs, type RefContext, splitPeople } from './extract/index.ts';

export function listTexts(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'list') for (const item of block.items) if (item.text) out.push(item.text);
    if (block.kind === 'paragraph') {
      for (const line of block.text.split('\n')) if (line.trim()) out.push(line.trim());
    }
  }
  return out;
}

export function splitList(text: string): string[] {
  return text
    .split(/[,;|]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export function statusOf(
  inline: Inline | undefined,
  fallbackText?: string,
): { status: Status; statusText: string } | undefined {
  for (const mark of inline?.marks ?? []) {
    if (mark.source === 'strike') continue;
    const found = normaliseStatus(spaced(mark.text));
    if (found) return found;
  }
  const text = fallbackText ?? inline?.text;
  return (text ? normaliseStatus(spaced(text)) : undefined) ?? colourStatus(inline);
}

// Wikis colour a whole entry green when it is finished (the traffic-light convention); other
// colours mean too many things (grey: wished for, or dropped; red: late, or important) to read.
const GREEN = /^(green|darkgreen|forestgreen|limegreen|lime|#0f0|#00ff00|#008000|#080)$/i;

function colourStatus(inline: Inline | undefined): { status: Status; statusText: string } | undefined {
  const mark = inline?.marks.find((m) => m.source === 'color');
  if (!mark?.color || !inline || mark.text.trim() !== inline.text.trim()) return undefined;
  return GREEN.test(mark.color.trim()) ? { status: 'done', statusText: mark.color.trim() } : undefined;
}

// Rendered templates put no-break spaces between an icon and its word (`N\u00a0Postponed`): the
// words the document used are kept, with ordinary spaces.
function spaced(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export function peopleOf(value: Inline, children: readonly Block[]): string[] {
  return [...splitPeople(value.text), ...listTexts(children).flatMap((text) => splitPeople(text))];
}

export function effortOf(text: string): Effort | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  return parseEffort(trimmed) ?? (/^[-—–?]+$/.test(trimmed) ? undefined : { text: trimmed });
}

export function priorityOf(text: string): { priority?: Priority; priorityText?: string } {
  const trimmed = text.trim();
  if (!trimmed) return {};
  const found = normalisePriority(trimmed);
  return found ? { priority: found.priority, priorityText: found.priorityText } : { priorityText: trimmed };
}

export function targetOf(text: string, referenceYear?: number): Period | undefined {
  const trimmed = text.trim();
  if (!trimmed || /^[-—–?]+$/.test(trimmed)) return undefined;
  return parsePeriod(trimmed, referenceYear ? { referenceYear } : {}) ?? { label: trimmed };
}

export function refsOf(inline: Inline, context: RefContext): Ref[] {
  return extractRefs(inline.text, inline.links, context);
}

export function kpisOf(texts: readonly string[]): Kpi[] {
  return texts.map((name) => ({ name }));
}

export function risksOf(texts: readonly string[]): Risk[] {
  return texts.map((text) => ({ text }));
}

/** Appends refs without duplicates (same tracker and id). */
export function mergeRefs(into: Ref[], more: readonly Ref[]): void {
  for (const ref of more) {
    const same = into.find((r) => r.tracker === ref.tracker && r.id === ref.id);
    if (!same) into.push(ref);
    else if (!same.url && ref.url) same.url = ref.url;
  }
}
