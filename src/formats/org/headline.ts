// Org headlines: `STARS KEYWORD [#PRIORITY] TITLE [cookies] :TAGS:`, with the TODO keyword
// sequences the buffer declares (`#+TODO:`, `#+SEQ_TODO:`, `#+TYP_TODO:`).
import type { HeadingBlock, StatusMark } from '../outline/types.ts';
import { orgInline } from './inline.ts';

export interface TodoWords {
  /** Every keyword of every declared sequence, open and closed. */
  all: Set<string>;
  /** The states after `|` (or the last word of a sequence without `|`). */
  closed: Set<string>;
}

const SEQUENCE_KEYS = /^[ \t]*#\+(?:SEQ_|TYP_)?TODO:[ \t]*(.*)$/i;

/** The keyword sequences a buffer declares, or Org's default `TODO | DONE` when it declares none. */
export function todoWords(lines: readonly string[]): TodoWords {
  const all = new Set<string>();
  const closed = new Set<string>();
  for (const line of lines) {
    if (!line.startsWith('#', line.search(/\S/)) || line.length > 10_000) continue;
    const m = SEQUENCE_KEYS.exec(line);
    if (!m) continue;
    const words = (m[1] ?? '').split(/\s+/).filter((w) => w !== '');
    const bar = words.indexOf('|');
    words.forEach((word, index) => {
      if (word === '|') return;
      const name = word.replace(/\(.*\)$/, '');
      if (name === '') return;
      all.add(name);
      if (bar === -1 ? index === words.length - 1 : index > bar) closed.add(name);
    });
  }
  if (all.size === 0) return { all: new Set(['TODO', 'DONE']), closed: new Set(['DONE']) };
  return { all, closed };
}

const HEADLINE = /^(\*+)(?:[ \t]+(.*))?$/;
const PRIORITY = /^\[#([A-Za-z0-9]{1,3})\][ \t]*/;
const TAGS = /^:(?:[\p{L}\p{N}_@#%]+:)+$/u;
const COOKIE = /\[(\d*\/\d*|\d*%)\]/g;

/** A headline line as a HeadingBlock, or undefined when the line is no headline. */
export function parseHeadline(line: string, lineNo: number, todo: TodoWords): HeadingBlock | undefined {
  const m = HEADLINE.exec(line);
  if (!m || m[2] === undefined) return undefined;
  let rest = (m[2] ?? '').trim();
  const marks: StatusMark[] = [];
  const properties: Record<string, string> = {};
  const word = /^(\S+)(?:[ \t]+|$)/.exec(rest);
  if (word?.[1] !== undefined && todo.all.has(word[1])) {
    marks.push({ source: 'keyword', text: word[1] });
    rest = rest.slice(word[0].length);
  }
  const priority = PRIORITY.exec(rest);
  if (priority?.[1] !== undefined) {
    properties.PRIORITY = priority[1];
    rest = rest.slice(priority[0].length);
  }
  const lastSpace = Math.max(rest.lastIndexOf(' '), rest.lastIndexOf('\t'));
  const tags = rest.slice(lastSpace + 1);
  if (tags.endsWith(':') && TAGS.test(tags)) {
    properties.TAGS = tags;
    rest = rest.slice(0, lastSpace + 1);
  }
  rest = rest.replace(COOKIE, (_all, cookie: string) => {
    marks.push({ source: 'checkbox', text: `[${cookie}]` });
    return '';
  });
  const inline = orgInline(rest);
  if (inline.struck) marks.push({ source: 'strike', text: rest.trim() });
  const heading: HeadingBlock = {
    kind: 'heading',
    level: (m[1] ?? '*').length,
    text: inline.text,
    markdown: inline.markdown,
    links: inline.links,
    marks,
    pos: { line: lineNo, column: 1 },
  };
  if (Object.keys(properties).length > 0) heading.properties = properties;
  return heading;
}
