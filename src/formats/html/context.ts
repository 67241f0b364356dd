import type { Block, Position, Warning } from '../outline/types.ts';
import type { ChildNode, Element, LocationMapper } from './dom.ts';
import type { InlineOptions } from './inline.ts';

/** Element nesting below which block structure is no longer followed but taken flat. */
export const MAX_BLOCK_DEPTH = 128;

export interface HtmlContext {
  /** Turns parse5 locations into document positions. */
  map: LocationMapper;
  warnings: Warning[];
  /** Inline elements that hold block elements: walked as containers, not as text. */
  holders: Set<Element>;
  inline: InlineOptions;
  /** Set once the too-deep warning has been given. */
  warnedDepth: boolean;
  /** Walks block content into `out`; lists and tables call back into it for nested content. */
  walk: (
    nodes: readonly ChildNode[],
    out: Block[],
    depth: number,
    inArticle: boolean,
    fallback: Position,
  ) => void;
}
