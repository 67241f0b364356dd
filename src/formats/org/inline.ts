// Org inline markup → Inline: emphasis to Markdown, [[links]], Markdown-style links, plain URLs.
// Linear: every closing-marker search remembers the stretch it found empty, so no stretch of
// text is scanned twice for the same marker, and nesting is bounded by the marker kinds.
import { collapse } from '../outline/inline.ts';
import { codeSpan, escapeMarkdown, guardLineStart } from '../outline/markdown-text.ts';
import { stripChars } from '../outline/source-text.ts';
import type { Inline, OutlineLink } from '../outline/types.ts';

const WRAP: Record<string, string> = { '*': '**', '/': '*', _: '_', '+': '~~', '=': '', '~': '' };
const PRE = /[\s\-({'"]/;
const POST = /[\s\-.,:!?;'")}[\]]/;
const ORG_LINK = /\[\[([^[\]]{1,4000})\](?:\[([^\]]{0,4000})\])?\]/y;
const MD_LINK = /\[([^[\]\n]{1,1000})\]\(([^()\s]{1,4000})\)/y;
const URL = /(?:https?|ftp):\/\/[^\s<>[\]"'()]{1,4000}/y;

interface Acc {
  md: string[];
  text: string[];
  links: OutlineLink[];
}

interface Memo {
  start: number;
  end: number;
}

class Scanner {
  private nlFrom = -1;
  private nlAt = -1;

  constructor(private readonly s: string) {}

  /** Index of the next newline at or after i (cached: queries only move forward). */
  private nextNewline(i: number): number {
    if (!(i >= this.nlFrom && (this.nlAt === -1 || i <= this.nlAt))) {
      this.nlFrom = i;
      this.nlAt = this.s.indexOf('\n', i);
    }
    return this.nlAt;
  }

  /** Emphasis may span at most one line break, as in Org. */
  private windowEnd(i: number, to: number): number {
    const first = this.nextNewline(i);
    if (first === -1 || first >= to) return to;
    const second = this.s.indexOf('\n', first + 1);
    return second === -1 || second > to ? to : second;
  }

  private isCloser(c: string, j: number, to: number): boolean {
    const s = this.s;
    return s[j] === c && !/\s/.test(s[j - 1] ?? ' ') && (j + 1 >= to || POST.test(s[j + 1] ?? ' '));
  }

  findCloser(c: string, i: number, to: number, memos: Map<string, Memo>): number {
    const limit = this.windowEnd(i, to);
    const memo = memos.get(c);
    const inMemo = memo !== undefined && i + 2 >= memo.start && i + 2 <= memo.end;
    let j = inMemo && memo ? Math.max(i + 2, memo.end) : i + 2;
    for (; j < limit; j++) if (this.isCloser(c, j, to)) return j;
    memos.set(c, { start: inMemo && memo ? memo.start : i + 2, end: Math.max(limit, j) });
    return -1;
  }

  render(from: number, to: number, acc: Acc, open: string): void {
    const s = this.s;
    const memos = new Map<string, Memo>();
    let run = from;
    const flush = (end: number) => {
      if (end > run) {
        const plain = s.slice(run, end);
        acc.md.push(escapeMarkdown(plain));
        acc.text.push(plain);
      }
    };
    let i = from;
    while (i < to) {
      const c = s[i] ?? '';
      let end = -1;
      if (c === '[') end = this.link(i, to, acc, flush);
      else if ((c === 'h' || c === 'f') && !/[\p{L}\p{N}]/u.test(s[i - 1] ?? ' '))
        end = this.url(i, to, acc, flush);
      else if (c in WRAP && !open.includes(c) && (i === from || PRE.test(s[i - 1] ?? ' '))) {
        if (i + 1 < to && !/\s/.test(s[i + 1] ?? ' ')) {
          const j = this.findCloser(c, i, to, memos);
          if (j > 0) {
            flush(i);
            this.emphasis(c, i, j, acc, open);
            end = j + 1;
          }
        }
      }
      if (end > 0) {
        i = end;
        run = end;
      } else i++;
    }
    flush(to);
  }

  private emphasis(c: string, i: number, j: number, acc: Acc, open: string): void {
    const wrap = WRAP[c] ?? '';
    if (wrap === '') {
      const code = this.s.slice(i + 1, j);
      acc.md.push(codeSpan(code));
      acc.text.push(code);
      return;
    }
    acc.md.push(wrap);
    this.render(i + 1, j, acc, open + c);
    acc.md.push(wrap);
  }

  private link(i: number, to: number, acc: Acc, flush: (end: number) => void): number {
    for (const rx of [ORG_LINK, MD_LINK]) {
      rx.lastIndex = i;
      const m = rx.exec(this.s);
      if (!m || rx.lastIndex > to) continue;
      const url = (rx === ORG_LINK ? m[1] : m[2])?.trim() ?? '';
      const desc = rx === ORG_LINK ? m[2] : m[1];
      if (url === '') continue;
      flush(i);
      if ((desc === undefined || desc.trim() === '') && /^[a-z][a-z0-9+.-]{1,31}:[^<>\s]*$/i.test(url)) {
        acc.md.push(`<${url}>`);
        acc.text.push(url);
        acc.links.push({ url });
      } else if (desc === undefined || desc.trim() === '') {
        acc.md.push(`[${escapeMarkdown(url)}](${url.replace(/[()\s<>]/g, encodeURIComponent)})`);
        acc.text.push(url);
        acc.links.push({ url });
      } else {
        const inner = orgInline(desc);
        acc.md.push(`[${inner.markdown}](${url.replace(/[()\s]/g, encodeURIComponent)})`);
        acc.text.push(inner.text);
        acc.links.push(inner.text === url ? { url } : { url, title: inner.text });
      }
      return rx.lastIndex;
    }
    return -1;
  }

  private url(i: number, to: number, acc: Acc, flush: (end: number) => void): number {
    URL.lastIndex = i;
    const m = URL.exec(this.s);
    if (!m) return -1;
    const url = stripChars(m[0].slice(0, to - i), '.,;:!?', 'end');
    if (!/:\/\/./.test(url)) return -1;
    flush(i);
    acc.md.push(`<${url}>`);
    acc.text.push(url);
    acc.links.push({ url });
    return i + url.length;
  }
}

/** Org inline markup as an Inline. `struck` is true when one `+strike+` covers all of it. */
export function orgInline(source: string): Inline & { struck: boolean } {
  const s = source.trim();
  const scanner = new Scanner(s);
  const acc: Acc = { md: [], text: [], links: [] };
  scanner.render(0, s.length, acc, '');
  const struck =
    s.startsWith('+') && s.length > 2 && scanner.findCloser('+', 0, s.length, new Map()) === s.length - 1;
  return {
    text: collapse(acc.text.join('')),
    markdown: guardLineStart(collapse(acc.md.join(''))),
    links: acc.links,
    marks: [],
    struck,
  };
}
