// The bookkeeping of the pre-pass (see prepare.ts): line iteration, chunk boundaries, the
// characters neutralised and the candidate definitions.
import type { Warning } from '../outline/types.ts';
import { isDelimiterRow } from './lines.ts';
import type { Chunk, Limits, Prepared } from './prepare.ts';

/** Candidate definition lines longer than this are not definitions anyone writes. */
const MAX_DEFINITION_LINE = 2048;

export interface Line {
  from: number;
  to: number;
  line: number;
}

export class Scanner {
  private readonly subs: number[] = [];
  private readonly chunks: Chunk[] = [];
  private readonly warnings: Warning[] = [];
  private readonly definitions: string[] = [];
  private chunkStart = 0;
  private chunkLine = 1;
  private chunkColumn = 1;
  private blockLines = 0;
  private blockIsTable = false;
  private firstLineHasPipe = false;
  private delimiterRuns = 0;
  private inlineRun = 0;
  private readonly warned = new Set<string>();

  constructor(
    private readonly input: string,
    private readonly limits: Limits,
  ) {}

  *lines(): Generator<Line> {
    const input = this.input;
    const length = input.length;
    let from = 0;
    let line = 1;
    while (true) {
      let to = from;
      while (to < length) {
        const code = input.charCodeAt(to);
        if (code === 10 || code === 13) break;
        to++;
      }
      yield { from, to, line };
      if (to >= length) return;
      from = input.charCodeAt(to) === 13 && input.charCodeAt(to + 1) === 10 ? to + 2 : to + 1;
      line++;
    }
  }

  /** Neutralises the first container marker past the depth limits. */
  guardDepth(prefix: { markers: number[]; columns: number[] }, line: number, from: number): void {
    for (let k = 0; k < prefix.markers.length; k++) {
      if (k < this.limits.maxMarkers && (prefix.columns[k] ?? 0) < this.limits.maxColumn) continue;
      const at = prefix.markers[k] as number;
      this.subs.push(at);
      this.warnOnce(
        'depth',
        line,
        at - from + 1,
        'lists or quotes nested too deep: the deeper markers are read as text',
      );
      return;
    }
  }

  /** Starts the first chunk at `from` (past front matter), at column 1 of `line`. */
  startAt(from: number, line: number): void {
    this.chunkStart = from;
    this.chunkLine = line;
  }

  /** Closes the chunk before this line if it is long enough. */
  splitIfLong(from: number, line: number): void {
    if (from - this.chunkStart >= this.limits.chunkTarget) this.split(from, line, 1);
  }

  /** Resets the paragraph bookkeeping (blank lines, code and HTML block lines). */
  resetBlock(): void {
    this.blockLines = 0;
    this.blockIsTable = false;
    this.delimiterRuns = 0;
    this.inlineRun = 0;
  }

  /**
   * Counts emphasis delimiter runs (neutralising those past the limit) and cuts paragraphs and
   * lines longer than the inline limit.
   */
  trackBlock(
    from: number,
    to: number,
    content: number,
    line: number,
    blank: boolean,
    structural: boolean,
  ): void {
    if (blank) {
      this.resetBlock();
      return;
    }
    this.blockLines++;
    if (this.blockLines === 1) this.firstLineHasPipe = this.input.slice(from, to).includes('|');
    if (this.blockLines === 2 && this.firstLineHasPipe && isDelimiterRow(this.input, from, to))
      this.blockIsTable = true;
    if (this.blockIsTable) this.delimiterRuns = 0;
    this.guardDelimiters(content, to, line, from);
    if (this.blockIsTable) return;
    if (structural) this.inlineRun = 0;
    const max = this.limits.maxInline;
    if (this.inlineRun > 0 && this.inlineRun + (to - from) > max) {
      this.warnOnce('paragraph', line, 1, `paragraphs longer than ${max} characters are read in parts`);
      this.split(from, line, 1);
      this.inlineRun = 0;
    }
    if (to - from > max) {
      this.warnOnce('line', line, 1, `lines longer than ${max} characters are read in parts`);
      let at = from + max;
      while (at < to) {
        const space = this.input.slice(at, Math.min(to, at + 256)).search(/\s/);
        if (space > 0) at += space;
        const code = this.input.charCodeAt(at);
        if (code >= 0xdc00 && code <= 0xdfff) at++;
        if (at >= to) break;
        this.split(at, line, at - from + 1);
        at += max;
      }
    }
    this.inlineRun += to - from;
  }

  definitionLine(from: number, to: number, continuation: boolean): void {
    if (to - from > MAX_DEFINITION_LINE) return;
    const value = this.input.slice(from, to);
    if (continuation && this.definitions.length > 0) {
      this.definitions[this.definitions.length - 1] += `\n${value}`;
    } else if (!continuation) {
      this.definitions.push(value);
    }
  }

  finish(): Prepared {
    this.chunks.push({
      start: this.chunkStart,
      end: this.input.length,
      line: this.chunkLine,
      column: this.chunkColumn,
    });
    const subs = this.subs;
    let text = this.input;
    if (subs.length > 0) {
      subs.sort((a, b) => a - b);
      const parts: string[] = [];
      let last = 0;
      for (const at of subs) {
        if (at < last) continue;
        parts.push(this.input.slice(last, at), String.fromCharCode(0xe000 + this.input.charCodeAt(at)));
        last = at + 1;
      }
      parts.push(this.input.slice(last));
      text = parts.join('');
    }
    return {
      text,
      changed: subs.length > 0,
      chunks: this.chunks,
      definitions: this.definitions.join('\n\n'),
      warnings: this.warnings,
    };
  }

  private guardDelimiters(from: number, to: number, line: number, lineStart: number): void {
    const input = this.input;
    let i = from;
    while (i < to) {
      const ch = input[i];
      if (ch !== '*' && ch !== '_' && ch !== '~') {
        i++;
        continue;
      }
      let j = i;
      while (j < to && input[j] === ch) j++;
      this.delimiterRuns++;
      if (this.delimiterRuns > this.limits.maxDelimiterRuns) {
        this.warnOnce(
          'emphasis',
          line,
          i - lineStart + 1,
          'too many emphasis markers in one paragraph: the rest are text',
        );
        for (let k = i; k < j; k++) this.subs.push(k);
      }
      i = j;
    }
  }

  private split(at: number, line: number, column: number): void {
    if (at <= this.chunkStart) return;
    this.chunks.push({ start: this.chunkStart, end: at, line: this.chunkLine, column: this.chunkColumn });
    this.chunkStart = at;
    this.chunkLine = line;
    this.chunkColumn = column;
  }

  private warnOnce(kind: string, line: number, column: number, message: string): void {
    if (this.warned.has(kind)) return;
    this.warned.add(kind);
    this.warnings.push({ line, column, message });
  }
}
