// Page text loses list markup: each goal is a line of its own, program headings are lines too.
// Lines that carry a status or a tracker ref are items; unmarked lines before them head a group.
import type { Item, Section } from '../../domain/interchange/index.ts';
import type { Block, ParagraphBlock } from '../outline/types.ts';
import { isSentenceLeadIn, readContent } from './content.ts';
import type { InferContext } from './context.ts';
import { extractRefs } from './extract/index.ts';
import { slugify } from './ids.ts';
import { buildItem } from './item.ts';
import { blocksMarkdown } from './markdown.ts';

const MAX_LINE = 240;

function isLine(block: Block): block is ParagraphBlock {
  return block.kind === 'paragraph' && !block.text.includes('\n') && block.text.length <= MAX_LINE;
}

function isMarked(block: ParagraphBlock): boolean {
  return (
    block.marks.length > 0 ||
    extractRefs(block.text, block.links).some((ref) => ref.tracker === 'phabricator')
  );
}

function isSentence(text: string): boolean {
  return /[.!?]$/.test(text.trim()) && text.trim().split(/\s+/).length >= 8;
}

export function lineItems(
  prose: readonly Block[],
  ctx: InferContext,
): { items: Item[]; groups: Section[]; prose: Block[] } {
  const anyMarked = prose.some((block) => isLine(block) && isMarked(block));
  if (!anyMarked && ctx.format !== 'text') return { items: [], groups: [], prose: [...prose] };
  const items: Item[] = [];
  const groups: Section[] = [];
  const rest: Block[] = [];
  let pending: ParagraphBlock[] = [];
  let group: Section | undefined;

  const asItem = (line: ParagraphBlock) => buildItem({ title: line, content: readContent([]) }, ctx);
  const flushPending = () => {
    if (pending.length === 0) return;
    const [head, ...description] = pending;
    pending = [];
    if (!head) return;
    group = { id: ctx.sectionIds.take(slugify(head.text, 'group')), title: head.text, kind: 'group' };
    const summary = blocksMarkdown(description);
    if (summary) group.summary = summary;
    groups.push(group);
  };

  for (const [index, block] of prose.entries()) {
    if (!isLine(block) || isSentenceLeadIn(block, prose[index + 1])) {
      rest.push(block);
      continue;
    }
    if (!anyMarked) {
      // A long line that ends like a sentence is a description, not a goal's name.
      if (isSentence(block.text)) rest.push(block);
      else items.push(asItem(block));
      continue;
    }
    if (isMarked(block)) {
      flushPending();
      const item = asItem(block);
      if (group) group.items = [...(group.items ?? []), item];
      else items.push(item);
    } else {
      pending.push(block);
    }
  }
  // Unmarked lines after the last goal are prose, not a group with nothing in it.
  rest.push(...pending);
  return { items, groups: groups.filter((g) => (g.items?.length ?? 0) > 0), prose: rest };
}
