// Builds one item from its title (a heading, a list entry or a table row) and its body.
import type { Item, Ref } from '../../domain/interchange/index.ts';
import { normaliseStatus } from '../../domain/normalise/index.ts';
import type { Block, Inline, ListItem } from '../outline/types.ts';
import { type FieldEntry, type NodeContent, readContent } from './content.ts';
import type { InferContext } from './context.ts';
import { classifyFieldKey, extractLabels, parseDatedEntry, splitPeople } from './extract/index.ts';
import { refId, slugify } from './ids.ts';
import { blocksMarkdown } from './markdown.ts';
import { tableItems } from './table.ts';
import { itemHead } from './title.ts';
import {
  effortOf,
  kpisOf,
  listTexts,
  mergeRefs,
  peopleOf,
  priorityOf,
  refsOf,
  risksOf,
  splitList,
  statusOf,
  targetOf,
} from './values.ts';

export interface ItemSource {
  title: Inline;
  checked?: boolean;
  anchor?: string;
  content: NodeContent;
  /** Fields that come from elsewhere than the body (table columns). */
  extraFields?: FieldEntry[];
}

function applyField(item: Item, field: FieldEntry, ctx: InferContext, work: Item[]): void {
  const text = field.value.text;
  switch (field.role) {
    case 'leads': {
      // "Author" and "Champion" columns often name the same person: each lead once.
      const people = peopleOf(field.value, field.children).filter((p) => !item.leads?.includes(p));
      if (people.length > 0) item.leads = [...(item.leads ?? []), ...people];
      return;
    }
    case 'tags': {
      const tags = splitList(text);
      if (tags.length > 0) item.tags = [...(item.tags ?? []), ...tags];
      return;
    }
    case 'refs': {
      const refs = item.refs ?? [];
      mergeRefs(refs, refsOf(field.value, ctx.refContext));
      if (refs.length > 0) item.refs = refs;
      else setField(item, field.key, field.value.markdown);
      return;
    }
    case 'effort': {
      const effort = effortOf(text);
      if (effort && !item.effort) item.effort = effort;
      return;
    }
    case 'priority':
      Object.assign(item, priorityOf(text));
      return;
    case 'status': {
      const status = statusOf(field.value);
      if (status && !item.status) Object.assign(item, status);
      else if (text) setField(item, field.key, field.value.markdown);
      return;
    }
    case 'target': {
      const target = targetOf(text, ctx.referenceYear);
      if (target && !item.target) item.target = target;
      return;
    }
    case 'dependsOn': {
      const deps = [...splitList(text), ...listTexts(field.children)];
      if (deps.length > 0) item.dependsOn = [...(item.dependsOn ?? []), ...deps];
      return;
    }
    case 'kpis': {
      const kpis = kpisOf([...(text ? [text] : []), ...listTexts(field.children)]);
      if (kpis.length > 0) item.kpis = [...(item.kpis ?? []), ...kpis];
      return;
    }
    case 'risks': {
      const risks = risksOf([...(text ? [text] : []), ...listTexts(field.children)]);
      if (risks.length > 0) item.risks = [...(item.risks ?? []), ...risks];
      return;
    }
    case 'work':
      work.push(...workFrom(field.children, ctx));
      if (text) setField(item, field.key, field.value.markdown);
      return;
    case 'summary':
      if (text)
        item.summary = item.summary ? `${item.summary}\n\n${field.value.markdown}` : field.value.markdown;
      return;
    default:
      setField(
        item,
        field.key,
        [field.value.markdown, blocksMarkdown(field.children)].filter(Boolean).join('\n'),
      );
  }
}

function setField(target: { fields?: Record<string, string> }, key: string, value: string | undefined): void {
  if (!value || !key) return;
  const fields = target.fields ?? {};
  fields[key] = fields[key] ? `${fields[key]}\n${value}` : value;
  target.fields = fields;
}

export function looksLikeTask(entry: ListItem, ctx: InferContext): boolean {
  if (entry.checked !== undefined || entry.marks.length > 0) return true;
  if (extractLabels(entry.text).labels.length > 0) return true;
  return refsOf(entry, ctx.refContext).some((ref) => ref.tracker !== 'url');
}

export function entryItem(entry: ListItem, ctx: InferContext): Item {
  return buildItem(
    {
      title: entry,
      content: readContent(entry.children),
      ...(entry.checked !== undefined ? { checked: entry.checked } : {}),
    },
    ctx,
  );
}

/** List entries and table rows under a "work" part become work items. */
export function workFrom(blocks: readonly Block[], ctx: InferContext): Item[] {
  const content = readContent(blocks);
  return [
    ...[...content.entries, ...content.groups].map((entry) => entryItem(entry, ctx)),
    ...content.tables.flatMap((table) => tableItems(table, ctx)),
  ];
}

export function buildItem(source: ItemSource, ctx: InferContext): Item {
  const refs: Ref[] = [];
  const item = itemHead(source, refs, ctx);

  const content = source.content;
  // The id comes before any work item's, so a parent keeps the plain slug when a child repeats it.
  const idRefs = [...refs];
  for (const field of [...(source.extraFields ?? []), ...content.fields]) {
    if (field.role === 'refs') mergeRefs(idRefs, refsOf(field.value, ctx.refContext));
  }
  item.id = ctx.itemIds.take(source.anchor ? slugify(source.anchor) : (refId(idRefs) ?? slugify(item.title)));
  const work: Item[] = [];
  for (const field of [...(source.extraFields ?? []), ...content.fields]) applyField(item, field, ctx, work);
  const summaryBlocks: Block[] = [...content.prose];
  for (const part of content.parts) {
    const texts = listTexts(part.blocks);
    switch (part.role) {
      case 'kpis':
        if (texts.length > 0) item.kpis = [...(item.kpis ?? []), ...kpisOf(texts)];
        break;
      case 'risks':
        if (texts.length > 0) item.risks = [...(item.risks ?? []), ...risksOf(texts)];
        break;
      case 'dependsOn':
        if (texts.length > 0) item.dependsOn = [...(item.dependsOn ?? []), ...texts];
        break;
      case 'work':
        work.push(...workFrom(part.blocks, ctx));
        summaryBlocks.push(...part.blocks.filter((block) => block.kind === 'paragraph'));
        break;
      case 'summary':
        summaryBlocks.push(...part.blocks);
        break;
      case 'leads': {
        const people = texts.flatMap((text) => splitPeople(text));
        if (people.length > 0) item.leads = [...new Set([...(item.leads ?? []), ...people])];
        break;
      }
      default:
        // A "Description:" or "Motivation" part is the item's own prose.
        if (part.role === 'prose' && classifyFieldKey(part.key) === 'summary') {
          summaryBlocks.push(...part.blocks);
          break;
        }
        applyField(
          item,
          {
            key: part.key,
            role: 'other',
            value: { text: '', markdown: '', links: [], marks: [] },
            children: part.blocks,
          },
          ctx,
          work,
        );
    }
  }
  // Bullets under an item are its work when they read like tasks (a checkbox, a status, a tracker
  // ref, a label); plain descriptive bullets stay in its summary.
  // Dated bullets under an item are progress notes on it, kept as check-ins of that date.
  const undated = content.entries.filter((entry) => {
    const dated = parseDatedEntry(entry.text);
    if (!dated?.rest) return true;
    const status = normaliseStatus(dated.rest)?.status ?? item.status ?? 'unknown';
    ctx.progress.push({ date: dated.date, itemId: item.id, title: item.title, status, note: dated.rest });
    return false;
  });
  const entries = [...undated, ...content.groups];
  if (entries.some((entry) => looksLikeTask(entry, ctx)) || content.groups.length > 0) {
    work.push(...entries.map((entry) => entryItem(entry, ctx)));
  } else if (entries.length > 0) {
    summaryBlocks.push({ kind: 'list', ordered: false, items: entries, pos: { line: 0, column: 0 } });
  }
  for (const table of content.tables) work.push(...tableItems(table, ctx));

  const summary = blocksMarkdown(summaryBlocks);
  if (summary) item.summary = item.summary ? `${item.summary}\n\n${summary}` : summary;
  for (const block of summaryBlocks)
    if (block.kind === 'paragraph') mergeRefs(refs, refsOf(block, ctx.refContext));
  mergeRefs(refs, item.refs ?? []);
  if (refs.length > 0) item.refs = refs;
  if (work.length > 0) item.work = work;
  return orderItem(item);
}

const ITEM_KEYS = [
  'id',
  'title',
  'status',
  'statusText',
  'priority',
  'priorityText',
  'leads',
  'tags',
  'labels',
  'refs',
  'effort',
  'target',
  'summary',
  'work',
  'kpis',
  'risks',
  'dependsOn',
  'fields',
] as const;

/** Keys in schema order, so exports read the same way whatever the document's order. */
function orderItem(item: Item): Item {
  const ordered: Record<string, unknown> = {};
  for (const key of ITEM_KEYS) if (item[key] !== undefined) ordered[key] = item[key];
  return ordered as unknown as Item;
}
