// A bounded warning list for the parsers: a hostile document cannot grow it without limit.
import type { Warning } from './types.ts';

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
