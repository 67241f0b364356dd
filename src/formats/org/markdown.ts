// Small Markdown writing helpers and a bounded warning list for the Org parser.
import type { Warning } from '../outline/types.ts';

/** Escapes the characters that would start Markdown inline syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<~|]/g, '\\$&');
}

/** Escapes what would make the start of a Markdown line a block (heading, quote, list, rule). */
export function escapeLineStart(markdown: string): string {
  return markdown.replace(/^(#{1,6}(?=\s|$)|>|[-+](?=\s)|=+(?=\s*$)|\d{1,9}(?=[.)](?:\s|$)))/, (m) =>
    /^\d/.test(m) ? `${m}\\` : `\\${m}`,
  );
}

/** A Markdown code span that survives backticks inside the code. */
export function codeSpan(code: string): string {
  let longest = 0;
  for (const run of code.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = code.startsWith('`') || code.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${code}${pad}${fence}`;
}

/** Keeps the first `max` warnings, then one more that says how many were left out. */
export class Warnings {
  readonly list: Warning[] = [];
  private dropped = 0;
  constructor(private readonly max = 1000) {}

  add(line: number, column: number, message: string): void {
    if (this.list.length < this.max) this.list.push({ line, column, message });
    else this.dropped++;
  }

  done(): Warning[] {
    if (this.dropped > 0) {
      const last = this.list.at(-1);
      this.list.push({
        line: last?.line ?? 1,
        column: last?.column ?? 1,
        message: `${this.dropped} further warnings left out`,
      });
      this.dropped = 0;
    }
    return this.list;
  }
}

/** Drops trailing characters found in `chars` (a loop: regexes like /[.,]+$/ backtrack on long runs). */
export function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] ?? '')) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Leading whitespace width (a tab counts as one column, as Org and Asciidoctor column numbers do). */
export function indentOf(line: string): number {
  const m = /^[ \t]*/.exec(line);
  return m ? m[0].length : 0;
}
