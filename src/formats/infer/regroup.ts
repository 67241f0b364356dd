// Repairs heading trees whose levels a format inverted.
import { hasItemEvidence, nodeContent } from './section.ts';
import type { HeadingNode } from './tree.ts';

function isGoal(node: HeadingNode): boolean {
  return hasItemEvidence(nodeContent(node).content);
}

/**
 * RST ranks heading underlines by first appearance, so an area heading whose underline was first
 * used deeper down (`---` after `^^^` items) lands as an empty last child of the item before it,
 * while the items that follow stay at the item level. A heading with nothing under it, last under
 * its parent and followed by shallower siblings of that parent, heads those siblings: it is
 * lifted to their level and takes them, up to the next such heading, as its children.
 */
export function regroupStrays(node: HeadingNode): void {
  const out: HeadingNode[] = [];
  let group: HeadingNode | undefined;
  for (const child of node.children) {
    regroupStrays(child);
    if (group) group.children.push(child);
    else out.push(child);
    const last = child.children.at(-1);
    // Only under a goal (a heading with fields of its own): an empty last heading under an area
    // or a prose chapter is just an empty heading.
    if (last && last.blocks.length === 0 && last.children.length === 0 && isGoal(child)) {
      child.children.pop();
      group = { ...last, level: child.level };
      out.push(group);
    }
  }
  // A trailing empty heading with nothing after it is left where it was found.
  const tail = out.at(-1);
  if (group && tail === group && group.children.length === 0) {
    out.pop();
    const owner = out.at(-1);
    if (owner) owner.children.push({ ...group, level: owner.level + 1 });
  }
  node.children = out;
}
