// Small helpers over the Markdown that outlines carry for summaries.
import type { Block, Inline, ListItem } from '../outline/types.ts';

function listItemMarkdown(item: ListItem, indent: string, marker: string): string {
  const box = item.checked === undefined ? '' : item.checked ? '[x] ' : '[ ] ';
  const lines = [`${indent}${marker} ${box}${item.markdown}`];
  for (const child of item.children) lines.push(blockMarkdown(child, `${indent}  `));
  return lines.filter((line) => line.trim() !== '').join('\n');
}

/** Renders outline blocks back to Markdown, for summaries and free-text fields. */
export function blockMarkdown(block: Block, indent = ''): string {
  switch (block.kind) {
    case 'heading':
      return `${indent}**${block.markdown}**`;
    case 'paragraph':
      return block.markdown
        .split('\n')
        .map((line) => `${indent}${line}`)
        .join('\n');
    case 'list':
      return block.items
        .map((item, index) => listItemMarkdown(item, indent, block.ordered ? `${index + 1}.` : '-'))
        .join('\n');
    case 'table': {
      const cell = (c: Inline) => c.markdown.replace(/\|/g, '\\|').replace(/\n/g, ' ');
      const width = Math.max(block.header.length, ...block.rows.map((r) => r.length));
      const header =
        block.header.length > 0 ? block.header : Array.from({ length: width }, () => ({ markdown: ' ' }));
      const rows = [
        `| ${header.map((c) => cell(c as Inline)).join(' | ')} |`,
        `|${' --- |'.repeat(Math.max(width, 1))}`,
        ...block.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ];
      return rows.map((row) => `${indent}${row}`).join('\n');
    }
    case 'field':
      return [
        `${indent}**${block.key}:** ${block.value.markdown}`,
        ...block.children.map((c) => blockMarkdown(c, indent)),
      ]
        .filter((line) => line.trim() !== '')
        .join('\n');
    case 'code':
      return `${indent}\`\`\`${block.lang ?? ''}\n${block.text}\n${indent}\`\`\``;
  }
}

export function blocksMarkdown(blocks: readonly Block[]): string | undefined {
  const text = blocks
    .map((block) => blockMarkdown(block))
    .filter((part) => part.trim() !== '')
    .join('\n\n')
    .trim();
  return text === '' ? undefined : text;
}

/** Plain text of a Markdown line: enough to read a `Key: value` line that used emphasis. */
export function stripMarkdown(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]{1,3}/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
