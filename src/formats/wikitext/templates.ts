// What a template means to a roadmap reader: status templates become status marks plus the words
import type { Style } from '../outline/styled-inline.ts';
// they render, task templates become their reference, formatting templates their content.

export type TemplateMeaning =
  /** `{{done}}`: the words it renders and a status mark with the template as written. */
  | { kind: 'status'; words: string }
  /** `{{Phab|T1234}}`: the reference as text, linked when the tracker is known. */
  | { kind: 'task'; text: string; url?: string }
  /** `{{nowrap|…}}`, `{{color|green|…}}`: the content of one positional argument (1-based). */
  | { kind: 'wrap'; arg: number; style?: Style; color?: string }
  | { kind: 'literal'; text: string }
  | { kind: 'drop' }
  | { kind: 'unknown' };

const STATUS_WORDS = new Map<string, string>([
  ['done', 'Done'],
  ['resolved', 'Resolved'],
  ['fixed', 'Fixed'],
  ['yes', 'Yes'],
  ['y', 'Yes'],
  ['tick', 'Done'],
  ['check', 'Done'],
  ['checkmark', 'Done'],
  ['check mark', 'Done'],
  ['complete', 'Complete'],
  ['completed', 'Completed'],
  ['finished', 'Finished'],
  ['notdone', 'Not done'],
  ['not done', 'Not done'],
  ['no', 'No'],
  ['n', 'No'],
  ['x mark', 'No'],
  ['xmark', 'No'],
  ['cross', 'No'],
  ['declined', 'Declined'],
  ['wontfix', "Won't fix"],
  ["won't fix", "Won't fix"],
  ['rejected', 'Rejected'],
  ['cancelled', 'Cancelled'],
  ['canceled', 'Cancelled'],
  ['withdrawn', 'Withdrawn'],
  ['in progress', 'In progress'],
  ['inprogress', 'In progress'],
  ['progress', 'In progress'],
  ['doing', 'Doing'],
  ['wip', 'In progress'],
  ['ongoing', 'Ongoing'],
  ['started', 'Started'],
  ['partially done', 'Partially done'],
  ['partiallydone', 'Partially done'],
  ['partly done', 'Partially done'],
  ['partial', 'Partially done'],
  ['incomplete', 'Partially done'],
  ['half done', 'Partially done'],
  ['todo', 'To do'],
  ['to do', 'To do'],
  ['to-do', 'To do'],
  ['pending', 'Pending'],
  ['planned', 'Planned'],
  ['not started', 'Not started'],
  ['blocked', 'Blocked'],
  ['stalled', 'Stalled'],
  ['on hold', 'On hold'],
  ['onhold', 'On hold'],
  ['postponed', 'Postponed'],
  ['deferred', 'Deferred'],
  ['proposed', 'Proposed'],
  ['maybe', 'Maybe'],
]);

const PHABRICATOR = new Set(['phab', 'phabricator', 'task', 'tracked', 'phabt', 'pht']);

const WRAPPERS = new Map<string, { arg: number; style?: Style }>([
  ['nowrap', { arg: 1 }],
  ['nobr', { arg: 1 }],
  ['small', { arg: 1 }],
  ['smaller', { arg: 1 }],
  ['big', { arg: 1 }],
  ['larger', { arg: 1 }],
  ['nobold', { arg: 1 }],
  ['noitalic', { arg: 1 }],
  ['u', { arg: 1 }],
  ['abbr', { arg: 1 }],
  ['tooltip', { arg: 1 }],
  ['sic', { arg: 1 }],
  ['lang', { arg: 2 }],
  ['code', { arg: 1, style: 'code' }],
  ['tt', { arg: 1, style: 'code' }],
  ['mono', { arg: 1, style: 'code' }],
  ['kbd', { arg: 1, style: 'code' }],
  ['strong', { arg: 1, style: 'bold' }],
  ['b', { arg: 1, style: 'bold' }],
  ['em', { arg: 1, style: 'italic' }],
  ['i', { arg: 1, style: 'italic' }],
  ['strike', { arg: 1, style: 'strike' }],
  ['s', { arg: 1, style: 'strike' }],
  ['del', { arg: 1, style: 'strike' }],
]);

const COLOR_TEMPLATES = new Set(['color', 'colour', 'font color', 'fc', 'colored text', 'coloured text']);

const LITERALS = new Map<string, string>([
  ['!', '|'],
  ['=', '='],
  ['!!', '||'],
  ['ndash', '\u2013'],
  ['mdash', '\u2014'],
  ['spaced ndash', ' \u2013 '],
  ['snd', ' \u2013 '],
  ['nbsp', '\u00a0'],
  ['dot', ' \u00b7 '],
  ['middot', ' \u00b7 '],
  ['bull', ' \u2022 '],
]);

/** `Template:In_progress` → `in progress`. */
export function templateKey(name: string): string {
  return name
    .replace(/^\s*(template|vorlage|modèle|plantilla)\s*:/i, '')
    .replace(/[_\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The meaning of a template from its name and positional arguments (as plain text). */
export function templateMeaning(name: string, positional: readonly string[]): TemplateMeaning {
  const key = templateKey(name);
  const first = positional[0]?.trim() ?? '';
  const words = STATUS_WORDS.get(key);
  if (words !== undefined) {
    return { kind: 'status', words: first !== '' && first.length <= 80 ? first : words };
  }
  if (key === 'status' && first !== '') return { kind: 'status', words: first };
  if (PHABRICATOR.has(key)) {
    const id = /^T?(\d+)$/i.exec(first);
    if (id) return { kind: 'task', text: `T${id[1]}`, url: `https://phabricator.wikimedia.org/T${id[1]}` };
    return first === '' ? { kind: 'drop' } : { kind: 'task', text: first };
  }
  if (key === 'bug' && /^\d+$/.test(first)) return { kind: 'task', text: `bug ${first}` };
  if (key === 'gerrit' && /^\d+$/.test(first)) {
    return { kind: 'task', text: `Gerrit change ${first}`, url: `https://gerrit.wikimedia.org/r/${first}` };
  }
  const wrapper = WRAPPERS.get(key);
  if (wrapper !== undefined) return { kind: 'wrap', ...wrapper };
  if (COLOR_TEMPLATES.has(key) && first !== '') return { kind: 'wrap', arg: 2, color: first };
  const literal = LITERALS.get(key);
  if (literal !== undefined) return { kind: 'literal', text: literal };
  if (/^(toc|toc ?limit|toc ?right|toc ?left|clear|clr|-|reflist|references|notoc|shortcut)$/.test(key)) {
    return { kind: 'drop' };
  }
  return { kind: 'unknown' };
}

/** CSS colour from a `style` attribute (`color: green;`) or a `color` attribute. */
export function cssColor(style: string | undefined): string | undefined {
  if (style === undefined) return undefined;
  const match = /(?:^|;)\s*color\s*:\s*([^;!]+)/i.exec(style);
  return match?.[1]?.trim() || undefined;
}

const COLOR_NAME =
  /^(#[0-9a-f]{3,8}|rgba?\([^)]*\)|red|green|blue|yellow|orange|gray|grey|black|white|purple|pink|brown|cyan|magenta|lime|olive|navy|teal|maroon|silver|gold|violet|darkgreen|darkred|darkorange|lightgreen|lightgray|lightgrey)$/i;

export function isColorName(text: string): boolean {
  return COLOR_NAME.test(text.trim());
}

/** A MoinMoin macro left in converted wikitext: `<<Color2(green, Owner: task)>>`. */
export type MacroMeaning = { kind: 'text'; text: string; color?: string } | { kind: 'drop' };

export function macroMeaning(name: string, args: string | undefined): MacroMeaning {
  const key = name.toLowerCase();
  if ((key === 'color2' || key === 'color') && args !== undefined) {
    const comma = args.indexOf(',');
    if (comma < 0) return { kind: 'text', text: args.trim() };
    const head = args.slice(0, comma).trim();
    if (isColorName(head)) return { kind: 'text', text: args.slice(comma + 1).trim(), color: head };
    const parts = args.split(',');
    const colorIndex = parts.findIndex((part, index) => index > 0 && isColorName(part));
    if (colorIndex > 0) {
      return {
        kind: 'text',
        text: parts.slice(0, colorIndex).join(',').trim(),
        color: (parts[colorIndex] ?? '').trim(),
      };
    }
    return { kind: 'text', text: args.trim() };
  }
  if (key === 'br') return { kind: 'text', text: ' ' };
  return { kind: 'drop' };
}
