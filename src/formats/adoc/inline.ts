// AsciiDoc inline markup → Inline. Input has attribute references already substituted and hard
// line breaks (` +` at a line end) replaced by BREAK. Closing-marker searches remember what they
// scanned in vain, so the work stays linear; nesting is bounded by the number of marker kinds.

import { collapse } from '../outline/inline.ts';
import { codeSpan, escapeMarkdown, guardLineStart } from '../outline/markdown-text.ts';
import { stripChars } from '../outline/source-text.ts';
import type { Inline, OutlineLink } from '../outline/types.ts';

export const BREAK = '\ue000';
/** Markdown for each AsciiDoc quote marker; `` ` `` and `+` are literal, the rest keep only their text. */
const WRAP: Record<string, string> = { '*': '**', _: '*', '#': '', '`': '`', '+': '+', '^': '', '~': '' };
const WORD = /[\p{L}\p{N}_]/u;
const URL = /(?:https?|ftp|irc|file):\/\/[^\s[\]<>"]{1,4000}/y;
const MACRO = /(link|mailto|xref|image|footnote|pass|kbd|btn|anchor):([^\s[\]]{0,4000})\[/y;
const XREF = /<<([^<>,\n]{1,500})(?:,([^<>\n]{0,500}))?>>/y;
const BRACKET = /(?:\\.|[^\]\\]){0,4000}\]/y;
/** Marks the renderer as inside a link text, where links do not nest. */
const IN_LINK = 'L';

interface Acc {
  md: string[];
  text: string[];
  links: OutlineLink[];
}

class Scanner {
  private readonly cache = new Map<string, { from: number; at: number }>();
  constructor(private readonly s: string) {}

  /** Next index of `needle` at or after i; cached, because queries only move forward. */
  private next(needle: string, i: number): number {
    const c = this.cache.get(needle);
    if (c && i >= c.from && (c.at === -1 || i <= c.at)) return c.at;
    const at = this.s.indexOf(needle, i);
    this.cache.set(needle, { from: i, at });
    return at;
  }

  /** Constrained closer: after a non-space, before a non-word. No closer in a remembered stretch. */
  private closer(c: string, i: number, to: number, memo: Map<string, [number, number]>): number {
    const s = this.s;
    if (c === '^' || c === '~') {
      let j = i + 1;
      while (j < to && s[j] !== c && !/\s/.test(s[j] ?? ' ')) j++;
      return s[j] === c && j > i + 1 && j < to ? j : -1;
    }
    const start = i + 2;
    const seen = memo.get(c);
    const skip = seen !== undefined && start >= seen[0] && start <= seen[1];
    for (let j = skip && seen ? seen[1] : start; j < to; j++) {
      if (s[j] === c && !/\s/.test(s[j - 1] ?? ' ') && !WORD.test(s[j + 1] ?? ' ')) return j;
    }
    memo.set(c, [skip && seen ? seen[0] : start, to]);
    return -1;
  }

  render(from: number, to: number, acc: Acc, open: string): void {
    const s = this.s;
    const memo = new Map<string, [number, number]>();
    let run = from;
    let i = from;
    const flush = (end: number) => {
      if (end <= run) return;
      const plain = s.slice(run, end);
      acc.md.push(escapeMarkdown(plain));
      acc.text.push(plain);
    };
    while (i < to) {
      const c = s[i] ?? '';
      let end = -1;
      if (c === '\\') end = this.escape(i, acc, flush);
      else if (c in WRAP && !open.includes(c)) end = this.quote(c, i, to, acc, open, memo, flush);
      if (end < 0 && !open.includes(IN_LINK) && (c === '<' || /[a-z]/.test(c)))
        end = this.link(i, to, acc, flush);
      if (end > 0) run = i = end;
      else i++;
    }
    flush(to);
  }

  private escape(i: number, acc: Acc, flush: (end: number) => void): number {
    const s = this.s;
    let literal = /[*_`#+[<^~]/.test(s[i + 1] ?? '') ? (s[i + 1] ?? '') : '';
    if (literal === '') {
      URL.lastIndex = i + 1;
      MACRO.lastIndex = i + 1;
      literal = (URL.exec(s) ?? MACRO.exec(s))?.[0] ?? '';
    }
    if (literal === '') return -1;
    flush(i);
    acc.md.push(escapeMarkdown(literal));
    acc.text.push(literal);
    return i + 1 + literal.length;
  }

  private quote(
    c: string,
    i: number,
    to: number,
    acc: Acc,
    open: string,
    memo: Map<string, [number, number]>,
    flush: (end: number) => void,
  ): number {
    const s = this.s;
    const prev = s[i - 1] ?? ' ';
    const doubled = s[i + 1] === c && c !== '^' && c !== '~';
    let j = -1;
    if (doubled) {
      j = this.next(c + c, i + 3);
      if (j + 2 > to) j = -1;
    } else if (
      (c === '^' || c === '~' || (!WORD.test(prev) && !/[;:}]/.test(prev))) &&
      !/\s/.test(s[i + 1] ?? ' ')
    ) {
      j = this.closer(c, i, to, memo);
    }
    if (j < 0) return -1;
    flush(i);
    const width = doubled ? 2 : 1;
    const inner = s.slice(i + width, j);
    if (c === '`' || c === '+') {
      acc.md.push(c === '`' ? codeSpan(inner) : escapeMarkdown(inner));
      acc.text.push(inner);
    } else {
      acc.md.push(WRAP[c] ?? '');
      this.render(i + width, j, acc, open + c);
      acc.md.push(WRAP[c] ?? '');
    }
    return j + width;
  }

  /** The text of a `[...]` starting at `start`, and the index after the `]`. */
  private bracket(start: number, to: number): { text: string; end: number } | undefined {
    BRACKET.lastIndex = start;
    if (!BRACKET.exec(this.s) || BRACKET.lastIndex > to) return undefined;
    return { text: this.s.slice(start, BRACKET.lastIndex - 1).replace(/\\\]/g, ']'), end: BRACKET.lastIndex };
  }

  private link(i: number, to: number, acc: Acc, flush: (end: number) => void): number {
    const s = this.s;
    if (s.startsWith('<<', i)) {
      XREF.lastIndex = i;
      const m = XREF.exec(s);
      if (!m || XREF.lastIndex > to) return -1;
      flush(i);
      const id = (m[1] ?? '').trim();
      pushLink(acc, `#${id}`, (m[2] ?? '').trim() || id);
      return XREF.lastIndex;
    }
    if (s[i] === '<') {
      URL.lastIndex = i + 1;
      const m = URL.exec(s);
      if (!m || s[URL.lastIndex] !== '>' || URL.lastIndex >= to) return -1;
      flush(i);
      pushLink(acc, m[0], '');
      return URL.lastIndex + 1;
    }
    if (WORD.test(s[i - 1] ?? ' ')) return -1;
    MACRO.lastIndex = i;
    const macro = MACRO.exec(s);
    if (macro) {
      const body = this.bracket(MACRO.lastIndex, to);
      if (!body) return -1;
      flush(i);
      const [, kind = '', target = ''] = macro;
      if (kind === 'link' || kind === 'mailto' || kind === 'xref') {
        const url = kind === 'mailto' ? `mailto:${target}` : kind === 'xref' ? `#${target}` : target;
        pushLink(acc, url, body.text);
      } else {
        const shown = kind === 'anchor' ? '' : kind === 'footnote' ? ` (${body.text})` : body.text;
        acc.md.push(escapeMarkdown(shown));
        acc.text.push(shown);
      }
      return body.end;
    }
    URL.lastIndex = i;
    const bare = URL.exec(s);
    if (!bare) return -1;
    const body = s[URL.lastIndex] === '[' ? this.bracket(URL.lastIndex + 1, to) : undefined;
    const url = body ? bare[0] : stripChars(bare[0].slice(0, to - i), '.,;:!?)', 'end');
    if (!/:\/\/./.test(url)) return -1;
    flush(i);
    pushLink(acc, url, body?.text ?? '');
    return body ? body.end : i + url.length;
  }
}

function pushLink(acc: Acc, url: string, rawLabel: string): void {
  const quoted = /^"([^"]*)"/.exec(rawLabel);
  const label = (quoted ? (quoted[1] ?? '') : rawLabel.replace(/,\s*[\w-]+=.*$/s, ''))
    .replace(/\^$/, '')
    .trim();
  const target = url.replace(/[()\s<>]/g, encodeURIComponent);
  if (label === '') {
    acc.md.push(
      /^[a-z][a-z0-9+.-]{1,31}:/i.test(url) ? `<${target}>` : `[${escapeMarkdown(url)}](${target})`,
    );
    acc.text.push(url);
    acc.links.push({ url });
    return;
  }
  const inner = render(label, IN_LINK);
  acc.md.push(`[${inner.markdown}](${target})`);
  acc.text.push(inner.text);
  acc.links.push(inner.text === url ? { url } : { url, title: inner.text });
}

function render(source: string, open: string): Inline {
  const acc: Acc = { md: [], text: [], links: [] };
  new Scanner(source).render(0, source.length, acc, open);
  const markdown = acc.md
    .join('')
    .split(BREAK)
    .map((part) => guardLineStart(collapse(part)))
    .filter((part) => part !== '')
    .join('\\\n');
  return { text: collapse(acc.text.join('').split(BREAK).join(' ')), markdown, links: acc.links, marks: [] };
}

/** AsciiDoc inline markup as an Inline (text, Markdown, links; marks are the caller's business). */
export function adocInline(source: string): Inline {
  return render(source, '');
}
