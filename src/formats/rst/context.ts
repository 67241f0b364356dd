// State shared by the block parsers of one document: warnings, section styles, hyperlink targets,
// substitutions, and the inline texts whose rendering waits until every target is known
// (a reference may name a target defined further down).
import type { Block, FieldBlock, Inline, Warning } from '../outline/types.ts';
import type { RawText } from './inline-scanner.ts';
import type { Region, Source } from './source.ts';

export interface Target {
  url?: string;
  /** An indirect target (`.. _a: b_`) names another target. */
  refname?: string;
}

export interface Substitution {
  kind: 'text' | 'image';
  /** For `replace::`: inline markup; for `unicode::` and images: plain text. */
  raw: string;
  markup: boolean;
}

export interface PendingInline {
  /** Every object that receives the rendered inline (a paragraph that became a list item's text…). */
  targets: Inline[];
  raw: RawText;
}

/** Beyond this depth nested bodies are read as plain paragraphs, so deep input cannot exhaust the stack. */
export const MAX_DEPTH = 48;

export interface Context {
  src: Source;
  warnings: Warning[];
  /** Adornment styles in the order first met; index + 1 is the level. */
  styles: string[];
  /** Level of the last section title. */
  level: number;
  headings: number;
  /** A visible block that becomes no outline block (contents, image) met before the first title. */
  visibleBeforeTitle: boolean;
  /** Visible directives skipped at top level, to tell whether a field list is docinfo. */
  visibleSkipped: number;
  /** Internal targets (`.. _name:`) waiting for the next element. */
  pendingAnchors: string[];
  targets: Map<string, Target>;
  anonymous: string[];
  substitutions: Map<string, Substitution>;
  pending: PendingInline[];
  pendingOf: Map<Inline, PendingInline>;
  /** Checkbox text (`[x]`) of list items, turned into marks once their inline is rendered. */
  checkboxes: Map<Inline, string>;
  /** For each line, the next line at or after it that can close a simple table (computed once). */
  simpleEnds?: Int32Array;
  /** `.. title::` directive text. */
  titleDirective?: string;
  docinfo?: { fields: FieldBlock[]; afterHeading: boolean };
  depthWarned: boolean;
  /** Parses a region into blocks appended to `out`. */
  parse(r: Region, depth: number, out: Block[]): void;
}

export function warn(ctx: Context, line: number, column: number, message: string): void {
  // A pathological input could otherwise produce a warning per line of a 10 MB document.
  if (ctx.warnings.length >= 1000) return;
  ctx.warnings.push({ line: line + 1, column: column + 1, message });
}

export function emptyInline(): Inline {
  return { text: '', markdown: '', links: [], marks: [] };
}

/** Registers `target` to receive the rendering of `raw` once the whole document is read. */
export function defer<T extends Inline>(ctx: Context, target: T, raw: RawText): T {
  const entry: PendingInline = { targets: [target], raw };
  ctx.pending.push(entry);
  ctx.pendingOf.set(target, entry);
  return target;
}

/** Makes `to` receive the same rendering as `from`. */
export function retarget(ctx: Context, from: Inline, to: Inline): void {
  const entry = ctx.pendingOf.get(from);
  if (entry) {
    entry.targets.push(to);
    ctx.pendingOf.set(to, entry);
  } else {
    Object.assign(to, {
      text: from.text,
      markdown: from.markdown,
      links: [...from.links],
      marks: [...from.marks],
    });
  }
}

/** Reference names compare case-insensitively with white space collapsed. */
export function normaliseName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}
