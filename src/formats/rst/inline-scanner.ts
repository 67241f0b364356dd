// The state of one inline scan and docutils' recognition rules for start- and end-strings.
// Linear time: a failed search for an end-string is remembered, so a later start-string of the
// same kind does not search the rest of the text again.

import { InlineBuilder } from '../outline/inline-builder.ts';
import type { Substitution, Target } from './context.ts';

/** Raw inline source: lines joined by '\n', with where it starts for warnings. */
export interface RawText {
  text: string;
  line: number;
  /** Absolute 0-based column of each line of `text`. */
  cols: number[];
}

export interface InlineEnv {
  targets: Map<string, Target>;
  anonymous: string[];
  /** Next anonymous target to hand out; shared by the whole document. */
  anon: { next: number };
  substitutions: Map<string, Substitution>;
  warn(offset: number, message: string): void;
  /** Nesting of substitution replacements. */
  depth: number;
}

/** What may follow an end-string before the boundary: `_`/`__`, and for interpreted text a `:role:`. */
export type Suffixes = 'none' | 'reference' | 'role';

export const START_PREV = /[\s\-:/'"<([{\p{Ps}\p{Pi}\p{Pf}\p{Pd}\p{Po}]/u;
const END_NEXT = /[\s\-.,:;!?\\/'")\]}>\p{Pe}\p{Pi}\p{Pf}\p{Pd}\p{Po}]/u;
export const WORD = /[\p{L}\p{N}]/u;
const PAIRS: Record<string, string> = { "'": "'", '"': '"', '<': '>', '(': ')', '[': ']', '{': '}' };
const ROLE_SUFFIX = /:([A-Za-z0-9]+(?:[-_.+:][A-Za-z0-9]+)*):/y;

export class Scanner {
  readonly out = new InlineBuilder();
  private readonly noEnd = new Map<string, number>();
  /** Start of the text not yet emitted. */
  plainFrom = 0;
  i = 0;

  constructor(
    readonly s: string,
    readonly env: InlineEnv,
  ) {}

  flush(to: number): void {
    if (to > this.plainFrom) this.out.plain(this.s.slice(this.plainFrom, to));
  }

  /** Emits everything up to `from`, then moves past `to`. */
  take(from: number, to: number): void {
    this.flush(from);
    this.plainFrom = to;
    this.i = to;
  }

  validStart(at: number, length: number): boolean {
    const next = this.s[at + length];
    if (next === undefined || /\s/.test(next)) return false;
    if (at === 0) return true;
    const prev = this.s[at - 1] ?? '';
    if (!START_PREV.test(prev)) return false;
    return PAIRS[prev] !== next;
  }

  endBoundary(at: number): boolean {
    const next = this.s[at];
    return next === undefined || END_NEXT.test(next);
  }

  /** Position of a valid end-string `delim` after `from`, or -1. */
  findEnd(delim: string, from: number, literal: boolean, suffixes: Suffixes = 'none'): number {
    const key = `${delim}${suffixes}`;
    const known = this.noEnd.get(key);
    if (known !== undefined && from >= known) return -1;
    let p = from;
    for (;;) {
      const e = this.s.indexOf(delim, p);
      if (e < 0) {
        this.noEnd.set(key, Math.min(known ?? from, from));
        return -1;
      }
      const prev = this.s[e - 1] ?? '';
      if (e > from && !/\s/.test(prev) && (literal || prev !== '\\')) {
        const after = suffixes === 'none' ? e + delim.length : this.suffixEnd(e + delim.length, suffixes);
        if (this.endBoundary(after)) return e;
      }
      p = e + 1;
    }
  }

  /** Where the reference or role suffix after an interpreted text ends. */
  suffixEnd(at: number, suffixes: Suffixes): number {
    if (this.s.startsWith('__', at)) return at + 2;
    if (this.s[at] === '_') return at + 1;
    if (suffixes === 'reference') return at;
    ROLE_SUFFIX.lastIndex = at;
    const m = ROLE_SUFFIX.exec(this.s);
    return m ? at + m[0].length : at;
  }

  unterminated(kind: string): void {
    this.env.warn(this.i, `inline ${kind} start-string without end-string`);
  }
}
