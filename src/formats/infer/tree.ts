// Headings arrive flat with levels; inference works on the tree they imply.
import type { Block, HeadingBlock } from '../outline/types.ts';

export interface HeadingNode {
  heading?: HeadingBlock;
  level: number;
  /** Blocks between this heading and its first child heading. */
  blocks: Block[];
  children: HeadingNode[];
}

export function buildTree(blocks: readonly Block[]): HeadingNode {
  const root: HeadingNode = { level: 0, blocks: [], children: [] };
  const stack: HeadingNode[] = [root];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      while (stack.length > 1 && (stack[stack.length - 1] as HeadingNode).level >= block.level) stack.pop();
      const node: HeadingNode = { heading: block, level: block.level, blocks: [], children: [] };
      (stack[stack.length - 1] as HeadingNode).children.push(node);
      stack.push(node);
    } else {
      (stack[stack.length - 1] as HeadingNode).blocks.push(block);
    }
  }
  return root;
}

/** Every block under a node, its own and its descendants', headings included, in document order. */
export function flattenNode(node: HeadingNode): Block[] {
  const out: Block[] = [...node.blocks];
  for (const child of node.children) {
    if (child.heading) out.push(child.heading);
    out.push(...flattenNode(child));
  }
  return out;
}
