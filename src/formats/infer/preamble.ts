// What stands before a document's first section besides prose: lists of links to related pages
// and a legend that explains the marks used below are not goals of the roadmap.
import type { Link } from '../../domain/interchange/index.ts';
import type { Block, ListBlock, ListItem } from '../outline/types.ts';

/** An entry that opens with a link and has nothing nested: `[January to June 2021](…) (current)`. */
function isLinkLed(item: ListItem): boolean {
  const [link] = item.links;
  if (!link || item.children.length > 0 || item.checked !== undefined) return false;
  return item.text.trim().startsWith((link.title ?? link.url).trim());
}

function linkOf(item: ListItem): Link | undefined {
  const [link] = item.links;
  if (!link) return undefined;
  const title = item.text.trim();
  return title && title !== link.url ? { title, url: link.url } : { url: link.url };
}

export interface Preamble {
  /** Blocks left to read as the preamble's prose and items. */
  blocks: Block[];
  links: Link[];
  /** Blocks kept as prose although they are lists. */
  legend: Block[];
}

/**
 * With sections following, a preamble list whose every entry is led by a link points at other
 * pages, and a list of a single checkbox entry is a legend ("[x] already available").
 */
export function splitPreamble(preamble: readonly Block[], hasSections: boolean): Preamble {
  const out: Preamble = { blocks: [], links: [], legend: [] };
  for (const block of preamble) {
    if (!hasSections || block.kind !== 'list') {
      out.blocks.push(block);
      continue;
    }
    const list: ListBlock = block;
    if (list.items.every(isLinkLed)) {
      for (const item of list.items) {
        const link = linkOf(item);
        if (link && !out.links.some((l) => l.url === link.url)) out.links.push(link);
      }
    } else if (list.items.length === 1 && list.items[0]?.checked !== undefined) {
      out.legend.push(list);
    } else out.blocks.push(block);
  }
  return out;
}
