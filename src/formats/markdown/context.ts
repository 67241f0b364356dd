import type { Nodes } from 'mdast';
import type { Position, Warning } from '../outline/types.ts';
import type { LinkDefinition } from './micromark.ts';

/** Container nesting below which the Markdown tree is taken flat. */
export const MAX_BLOCK_DEPTH = 100;

/** What converting one chunk's tree needs. */
export interface MdContext {
  /** The chunk's text as micromark read it (for slicing what the tree does not keep). */
  source: string;
  /** Puts back characters the pre-pass neutralised. */
  restore: (value: string) => string;
  definitions: ReadonlyMap<string, LinkDefinition>;
  warnings: Warning[];
  /** A point of the chunk's tree as a position in the document. */
  position: (point: { line: number; column: number } | undefined) => Position;
  /** Reports content nested too deep (once per document). */
  tooDeep: (node: Nodes | undefined) => void;
}
