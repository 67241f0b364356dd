// What markup says about status, apart from the words: status-like class names, colours in
// style attributes, status emoji, badge images. Recognising a mark decides nothing; inference
// reads the marks and decides what status they mean.
import type { StatusMark } from '../outline/types.ts';

/** Words that, as a class name or a part of one (`status-done`, `roadmap-completed`), speak of status. */
const STATUS_WORDS = new Set([
  'done',
  'complete',
  'completed',
  'finished',
  'shipped',
  'released',
  'resolved',
  'fixed',
  'merged',
  'landed',
  'ongoing',
  'progress',
  'inprogress',
  'wip',
  'started',
  'doing',
  'upcoming',
  'planned',
  'planning',
  'proposed',
  'todo',
  'pending',
  'blocked',
  'stalled',
  'postponed',
  'deferred',
  'delayed',
  'paused',
  'cancelled',
  'canceled',
  'dropped',
  'abandoned',
  'rejected',
  'withdrawn',
  'obsolete',
  'deprecated',
  'notdone',
  'incomplete',
]);

/**
 * Words too common in layout classes to count alone; they count beside a word that says the class
 * is about state, as MediaWiki's `table-yes`, `table-partial` and Bootstrap's `status-success` do.
 */
const WEAK_STATUS_WORDS = new Set([
  'yes',
  'no',
  'na',
  'ok',
  'maybe',
  'unknown',
  'partial',
  'partially',
  'success',
  'warning',
  'danger',
  'failed',
  'failure',
  'active',
  'current',
  'next',
  'future',
]);

const STATE_WORDS = new Set(['table', 'status', 'state', 'roadmap', 'task', 'item', 'goal', 'milestone']);

/** The class names of `classAttr` that speak of status, as class marks. */
export function classMarks(classAttr: string | undefined): StatusMark[] {
  if (classAttr === undefined) return [];
  const marks: StatusMark[] = [];
  for (const name of classAttr.split(/\s+/)) {
    if (name === '' || name.length > 64) continue;
    const words = name.toLowerCase().split(/[-_]+/);
    const strong = words.some((word) => STATUS_WORDS.has(word));
    const weak =
      words.some((word) => WEAK_STATUS_WORDS.has(word)) && words.some((word) => STATE_WORDS.has(word));
    if (strong || weak) marks.push({ source: 'class', text: name });
  }
  return marks;
}

const COLOR_PROPERTIES = new Set(['color', 'background-color', 'background']);

/** The colour a style attribute (or `<font color>`) gives, as written. */
export function styleColor(style: string | undefined): string | undefined {
  if (style === undefined) return undefined;
  let found: string | undefined;
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    if (!COLOR_PROPERTIES.has(property)) continue;
    const value = declaration
      .slice(colon + 1)
      .replace(/!important/i, '')
      .trim();
    if (!looksLikeColor(value)) continue;
    // `color` wins over a background colour.
    if (property === 'color') return value;
    found ??= value;
  }
  return found;
}

function looksLikeColor(value: string): boolean {
  if (value === '' || value.length > 40) return false;
  if (/^#[0-9a-f]{3,8}$/i.test(value)) return true;
  if (/^(rgb|rgba|hsl|hsla)\(/i.test(value)) return true;
  return (
    /^[a-z]+$/i.test(value) && !/^(inherit|initial|unset|transparent|none|currentcolor|revert)$/i.test(value)
  );
}

/** True when the style strikes the text through. */
export function styleStrikes(style: string | undefined): boolean {
  return style !== undefined && /line-through/i.test(style);
}

const STATUS_EMOJI = [
  '✅',
  '✔️',
  '✔',
  '☑️',
  '☑',
  '❌',
  '✖️',
  '✖',
  '❎',
  '🚧',
  '⏳',
  '⌛',
  '🔜',
  '🔄',
  '🛑',
  '⛔',
  '⚠️',
  '⚠',
  '❓',
  '❔',
  '🟢',
  '🟡',
  '🟠',
  '🔴',
  '🔵',
  '⚪',
  '⚫',
  '🟣',
];

const STATUS_SHORTCODES = [
  'white_check_mark',
  'heavy_check_mark',
  'ballot_box_with_check',
  'x',
  'heavy_multiplication_x',
  'negative_squared_cross_mark',
  'construction',
  'hourglass',
  'hourglass_flowing_sand',
  'soon',
  'arrows_counterclockwise',
  'stop_sign',
  'no_entry',
  'no_entry_sign',
  'warning',
  'question',
  'grey_question',
  'green_circle',
  'yellow_circle',
  'orange_circle',
  'red_circle',
  'large_blue_circle',
  'blue_circle',
  'white_circle',
  'black_circle',
  'purple_circle',
];

const EMOJI_PATTERN = new RegExp(
  `${STATUS_EMOJI.map((e) => e.replace(/[\u{fe0f}]/gu, '\\u{fe0f}')).join('|')}|:(?:${STATUS_SHORTCODES.join('|')}):`,
  'gu',
);

/** Status emoji in a text, as written (`✅`, `:question:`). */
export function emojiMarks(text: string): StatusMark[] {
  if (text.length < 1) return [];
  const marks: StatusMark[] = [];
  for (const match of text.matchAll(EMOJI_PATTERN)) marks.push({ source: 'emoji', text: match[0] });
  return marks;
}

/** True for an image that is a status badge (shields.io and the like) rather than a picture. */
export function isBadgeUrl(url: string): boolean {
  return /(^|[/.])(img\.shields\.io|shields\.io|badgen\.net|badge\.fury\.io)\b|\/badges?\//i.test(url);
}
