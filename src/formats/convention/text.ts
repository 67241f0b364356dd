// Plain-text rules both conventions share: which strings can stand on one line as written, what a
// heading shows when its title cannot, and the default id of a work item.
import type { Ref } from '../../domain/interchange/index.ts';

// Line breaks, other control characters and lone surrogates cannot survive a line of markup.
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must be found.
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** True when `text` can be written on one line and read back unchanged. */
export function isLineSafe(text: string): boolean {
  UNSAFE.lastIndex = 0;
  return text !== '' && text.trim() === text && !UNSAFE.test(text) && !/ {2}|\t/.test(text);
}

/** What a heading or bullet shows for text that cannot stand on a line as it is (the exact text travels as data). */
export function lineText(text: string, fallback: string): string {
  UNSAFE.lastIndex = 0;
  const shown = text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  return shown === '' ? fallback : shown;
}

/** Text with every character that cannot stand in a line replaced by a space. */
export function stripUnsafe(text: string): string {
  UNSAFE.lastIndex = 0;
  return text.replace(UNSAFE, ' ');
}

export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** The id a work bullet gets when it names none: its first tracker ref, else a slug of its title. */
export function defaultWorkId(title: string, refs: readonly Ref[] | undefined): string {
  const ref = refs?.find((r) => r.tracker !== 'url');
  const fromRef = ref ? slugify(ref.id, '') : '';
  return fromRef || slugify(title, 'item');
}

/** Splits `a, b, c`; the exporter checks that joining gives the list back. */
export function splitList(value: string): string[] {
  return value.split(', ');
}
