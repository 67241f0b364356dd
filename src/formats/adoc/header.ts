// The AsciiDoc document header: title (`= Title` or a `===`-underlined line), author line,
// revision line and attribute entries, up to the first blank line after the title.
import { type Attributes, entryAt } from './attributes.ts';

const ATX_TITLE = /^(?:=|#)[ \t]+(\S.*)$/;
// Asciidoctor's RevisionInfoLineRx: `v1.0, 2019-01-01: remark`.
const REVISION = /^(?:[^\d{]*(.*?),)? *(?!:)(.*?)(?: *(?!^),?: *(.*))?$/;
const AUTHOR =
  /^([\p{L}\p{N}_][\p{L}\p{N}_\-'.]*(?: +[\p{L}\p{N}_][\p{L}\p{N}_\-'.]*){0,2})(?: +<([^>]+)>)?$/u;

/** The level of a setext title `line` underlined by `under`, as Asciidoctor tells it, or undefined. */
export function setextLevel(line: string, under: string): number | undefined {
  const level = ({ '=': 0, '-': 1, '~': 2, '^': 3, '+': 4 } as Record<string, number>)[under[0] ?? ''];
  if (
    level === undefined ||
    under.length < 2 ||
    under.length > 200 ||
    under !== (under[0] ?? '').repeat(under.length)
  ) {
    return undefined;
  }
  if (Math.abs(line.length - under.length) >= 2 || line.startsWith('.') || !/[\p{L}\p{N}]/u.test(line))
    return undefined;
  if (/^(?:\[|\/\/|:|[ \t])|^(?:[-*.]+|\d+\.)[ \t]/.test(line)) return undefined;
  return level;
}

export interface Header {
  title?: string;
  titleLine?: number;
  /** Index of the first body line. */
  body: number;
}

/** Reads the header from `lines` (numbers are the source line of each), recording attributes. */
export function readHeader(
  lines: readonly string[],
  numbers: readonly number[],
  attributes: Attributes,
): Header {
  let i = 0;
  const lineNo = (k: number) => numbers[k] ?? k + 1;
  /** Skips comments and attribute entries (and, before the title, blank lines and comment blocks). */
  const skipMeta = (beforeTitle: boolean) => {
    for (; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (beforeTitle && /^[ \t]*$/.test(line)) continue;
      if (beforeTitle && /^\/{4,}[ \t]*$/.test(line)) {
        const close = line.trimEnd();
        let end = i + 1;
        while (end < lines.length && (lines[end] ?? '').trimEnd() !== close) end++;
        if (end === lines.length) return;
        i = end;
        continue;
      }
      if (line.startsWith('//') && !/^\/{4,}[ \t]*$/.test(line)) continue;
      const found = entryAt(lines, i);
      if (!found) return;
      attributes.set(found.entry, lineNo(i), 1);
      i = found.end;
    }
  };
  skipMeta(true);
  const first = lines[i] ?? '';
  const atx = ATX_TITLE.exec(first);
  const setext = atx ? undefined : setextLevel(first, lines[i + 1] ?? '');
  if (!atx && setext !== 0) return { body: i };
  let raw = (atx?.[1] ?? first).trim();
  if (atx && /[ \t]=$/.test(raw.slice(-2))) raw = raw.slice(0, -1).trim();
  const title = attributes.substitute(raw, lineNo(i), first.indexOf(raw) + 1);
  const header: Header = { title, titleLine: lineNo(i), body: 0 };
  attributes.define('doctitle', title, false);
  i += atx ? 1 : 2;
  const author = lines[i] ?? '';
  // As in Asciidoctor, any line right after the title is the author line; names that do not
  // fit `First Middle Last <email>` are taken whole.
  if (author.trim() !== '' && author.length < 2000 && !author.startsWith(':') && !author.startsWith('//')) {
    const matches = author
      .split(/;\s*/)
      .filter((a) => a.trim() !== '')
      .map((a) => [a, AUTHOR.exec(a.trim())] as const);
    const names = matches.map(([a, m]) =>
      m ? (m[1] ?? '').replace(/_/g, ' ') : a.trim().replace(/\s+/g, ' '),
    );
    attributes.define('author', names[0] ?? '');
    if (names.length > 1) attributes.define('authors', names.join(', '));
    const email = matches[0]?.[1]?.[2];
    if (email) attributes.define('email', email);
    i++;
    const revision = lines[i] ?? '';
    const rev =
      revision.trim() !== '' && revision.length < 2000 && !revision.startsWith(':')
        ? REVISION.exec(revision)
        : null;
    if (rev) {
      const set = (name: string, value: string) => attributes.define(name, value);
      if (rev[1]) set('revnumber', rev[1].trimEnd());
      const component = (rev[2] ?? '').trim();
      if (component !== '' && !rev[1] && component.startsWith('v')) set('revnumber', component.slice(1));
      else if (component !== '') set('revdate', component);
      if (rev[3]) set('revremark', rev[3].trimEnd());
      i++;
    }
  }
  skipMeta(false);
  header.body = i;
  return header;
}
