// Reads the blocks of one heading (or one list item) into what inference needs: fields, labelled
// parts, candidate items (list entries, table rows) and prose.

import type { Block, Inline, ListItem, TableBlock } from '../outline/types.ts';
import { classifyFieldKey, type FieldRole, splitFieldLine } from './extract/index.ts';
import { stripMarkdown } from './markdown.ts';
import { type PartRole, pseudoHeadingRole } from './roles.ts';

export interface FieldEntry {
  key: string;
  role: FieldRole;
  value: Inline;
  /** Blocks nested under the field (a field list body, a list item's children). */
  children: Block[];
}

export interface Part {
  key: string;
  role: PartRole;
  blocks: Block[];
}

export interface NodeContent {
  fields: FieldEntry[];
  parts: Part[];
  /** List items that are not field lines: candidate items or work. */
  entries: ListItem[];
  /** `Bugs:` / `Tasks:` bullets with nothing after the colon and a list under them: groups of entries. */
  groups: ListItem[];
  tables: TableBlock[];
  prose: Block[];
}

function valueInline(source: Inline, valueText: string, valueMarkdown: string): Inline {
  const links = source.links.filter(
    (link) => valueText.includes(link.title ?? link.url) || valueMarkdown.includes(link.url),
  );
  return { text: valueText, markdown: valueMarkdown, links, marks: source.marks };
}

/** `Key: value` read from an Inline, with the value keeping its links and marks. */
export function fieldOf(inline: Inline, children: Block[] = []): FieldEntry | undefined {
  const line = splitFieldLine(inline.text);
  if (!line) return undefined;
  const role = classifyFieldKey(line.key);
  const colon = inline.markdown.indexOf(':');
  // `**Final: ??**`: emphasis around the whole line closes after the value, and is not part of it.
  const wrapped = /^([*_]{1,2})[^*_]/.exec(inline.markdown)?.[1];
  const value = colon >= 0 ? inline.markdown.slice(colon + 1).replace(/^[*_]+/, '') : undefined;
  const markdownValue =
    value === undefined
      ? line.value
      : (wrapped && value.trimEnd().endsWith(wrapped)
          ? value.trimEnd().slice(0, -wrapped.length)
          : value
        ).trim();
  return {
    key: line.key,
    role,
    value: valueInline(inline, line.value, markdownValue || line.value),
    children,
  };
}

function paragraphFields(block: Inline): FieldEntry[] | undefined {
  const lines = block.markdown.split('\n').filter((line) => line.trim() !== '');
  const fields: FieldEntry[] = [];
  for (const line of lines) {
    const text = stripMarkdown(line);
    const field = fieldOf({ ...block, text, markdown: line.trim() });
    if (!field || field.value.text === '') return undefined;
    fields.push(field);
  }
  return fields.length > 0 ? fields : undefined;
}

// In a list of `Key: value` lines, a bullet that is nothing but a link (`View milestone in GitLab`)
// points at the thing's tracker: a reference, not a sub-task.
function linkField(item: ListItem): FieldEntry | undefined {
  const [link] = item.links;
  if (item.links.length !== 1 || !link || item.children.length > 0) return undefined;
  if ((link.title ?? link.url).trim() !== item.text.trim()) return undefined;
  return { key: item.text.trim(), role: 'refs', value: item, children: [] };
}

// A label over a nested list names a group of things ("Bugs:", "django:"), unless the label is one
// whose list is the field's value (leads, KPIs, risks, work, dependencies).
const GROUP_ROLES = new Set<FieldRole>(['other', 'refs', 'tags']);
function isGroup(field: FieldEntry): boolean {
  return (
    field.value.text === '' &&
    GROUP_ROLES.has(field.role) &&
    field.children.some((child) => child.kind === 'list')
  );
}

/** An entry that is nothing but one link: `[Released](#released)`, `[Finished](finished.md)`. */
export function isLinkEntry(item: ListItem): boolean {
  const [link] = item.links;
  return (
    item.links.length === 1 && link !== undefined && (link.title ?? link.url).trim() === item.text.trim()
  );
}

/** A table of contents: every entry, nested ones too, a link to an anchor of the same page. */
export function isTocList(block: Block): boolean {
  if (block.kind !== 'list' || block.items.length === 0) return false;
  return block.items.every(
    (item) =>
      isLinkEntry(item) &&
      (item.links[0]?.url.startsWith('#') ?? false) &&
      item.children.every((child) => child.kind === 'list' && isTocList(child)),
  );
}

/** A two-column table of `Key | value` rows under an empty or "Value" header: metadata, not items. */
export function isMetaTable(block: Block): block is TableBlock {
  if (block.kind !== 'table' || block.header.length !== 2 || block.rows.length === 0) return false;
  if (!/^(values?|)$/i.test(block.header[1]?.text.trim() ?? '')) return false;
  return block.rows.every((row) => {
    const key = row[0]?.text.trim() ?? '';
    return key.length > 0 && key.length <= 40 && !key.includes(':');
  });
}

function metaFields(table: TableBlock): FieldEntry[] {
  return table.rows.flatMap((row) => {
    const key = row[0]?.text.trim() ?? '';
    const value = row[1];
    if (!value || value.text.trim() === '') return [];
    return [{ key, role: classifyFieldKey(key), value, children: [] }];
  });
}

/**
 * "2.0 will" over `- be upgrade-compatible…`, `- not be run-time compatible…`: an unfinished
 * sentence whose bullets finish it. The bullets are statements about the thing above, not goals.
 */
export function isSentenceLeadIn(block: Block, next: Block | undefined): boolean {
  if (block.kind !== 'paragraph' || next?.kind !== 'list' || next.items.length === 0) return false;
  const text = block.text.trim();
  if (text.includes('\n') || /[.!?:;)\]]$/.test(text) || text.split(/\s+/).length > 12) return false;
  return next.items.every((item) => /^['"‘“(]?\p{Ll}/u.test(item.text.trim()));
}

export function readContent(blocks: readonly Block[]): NodeContent {
  const content: NodeContent = { fields: [], parts: [], entries: [], groups: [], tables: [], prose: [] };
  let part: Part | undefined;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    if (!part && isSentenceLeadIn(block, blocks[index + 1])) {
      content.prose.push(block, blocks[index + 1] as Block);
      index++;
      continue;
    }
    if (block.kind === 'paragraph') {
      const opened = pseudoHeadingRole(block.text, block.markdown);
      if (opened) {
        part = { ...opened, blocks: [] };
        content.parts.push(part);
        continue;
      }
    }
    if (part) {
      part.blocks.push(block);
      continue;
    }
    switch (block.kind) {
      case 'field':
        content.fields.push({
          key: block.key,
          role: classifyFieldKey(block.key),
          value: block.value,
          children: block.children,
        });
        break;
      case 'paragraph': {
        const fields = paragraphFields(block);
        if (fields) content.fields.push(...fields);
        else content.prose.push(block);
        break;
      }
      case 'list': {
        if (isTocList(block)) break;
        const fields = block.items.map((item) =>
          item.checked === undefined ? fieldOf(item, item.children) : undefined,
        );
        // A list of nothing but `Key: value` lines is a field list; in a mixed list only keys
        // with a known role are fields, the rest are entries that merely contain a colon.
        // A thing has each field once: when a key leads several entries (`Sam: …`, `Sam: …`), the
        // keys are a column of the entries (who does each), not fields of the thing above.
        const keys = fields.map((field) => field?.key.toLowerCase());
        const fieldList = fields.every((field) => field !== undefined) && new Set(keys).size === keys.length;
        const anyKnown = fields.some((field) => field !== undefined && field.role !== 'other');
        block.items.forEach((item, index) => {
          // An empty bullet (`* ` at the end of a file cut short) says nothing.
          if (item.text.trim() === '' && item.children.length === 0 && item.checked === undefined) return;
          const field = fields[index] ?? (anyKnown ? linkField(item) : undefined);
          if (field && isGroup(field)) content.groups.push(item);
          else if (field && (fieldList || field.role !== 'other')) content.fields.push(field);
          else content.entries.push(item);
        });
        break;
      }
      case 'table':
        if (isMetaTable(block)) content.fields.push(...metaFields(block));
        else content.tables.push(block);
        break;
      case 'heading':
        break;
      case 'code':
        content.prose.push(block);
        break;
    }
  }
  return content;
}
