import type { Token } from 'markdown-it';
import type { Position, Warning } from '../outline/types.ts';

/** Container nesting below which the Markdown tree is taken flat. */
export const MAX_BLOCK_DEPTH = 100;

/** What converting one chunk's tokens needs. */
export interface MdContext {
  /** Puts back characters the pre-pass neutralised. */
  restore: (value: string) => string;
  warnings: Warning[];
  /** Where a block token starts, as a position in the document. */
  position: (token: Token | undefined) => Position;
  /** Reports content nested too deep (once per document). */
  tooDeep: (at: Position) => void;
}
