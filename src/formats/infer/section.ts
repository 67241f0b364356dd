// Decides, heading by heading, what is a section and what is an item, and builds both.
import type { Checkin, Item, Section } from '../../domain/interchange/index.ts';
import type { Block } from '../outline/types.ts';
import { liftAssigned } from './assignees.ts';
import { checkinFrom, extractCheckins } from './checkins.ts';
import { type FieldEntry, isTocList, type NodeContent, type Part, readContent } from './content.ts';
import type { InferContext } from './context.ts';
import { classifyFieldKey, parseDatedEntry, parseDatedHeading, splitPeople } from './extract/index.ts';
import { slugify } from './ids.ts';
import { buildItem, entryItem, looksLikeTask, workFrom } from './item.ts';
import { lineItems } from './lines.ts';
import { blocksMarkdown, stripMarkdown } from './markdown.ts';
import { ratedArea } from './rated.ts';
import { headingRole } from './roles.ts';
import { kindOf, sectionName } from './section-name.ts';
import { buildTree, flattenNode, type HeadingNode } from './tree.ts';
import { listTexts, peopleOf, risksOf, splitList, statusOf } from './values.ts';

const INTRO = /^(state|status|about|overview|introduction|summary)$/i;
const TEAM_KEY = /\b(manager|director)s?\b/i;
const ITEM_EVIDENCE = new Set([
  'leads',
  'effort',
  'refs',
  'priority',
  'target',
  'tags',
  'kpis',
  'risks',
  'work',
]);

const TOC_HEADING = /^(table of contents|contents|toc)$/i;

/** A "Table of Contents" heading with nothing under it but links to the page's own anchors. */
export function isTocNode(node: HeadingNode): boolean {
  if (!TOC_HEADING.test(node.heading?.text.trim() ?? '')) return false;
  return flattenNode(node).every((block) => isTocList(block) || block.kind === 'heading');
}

export interface Collected {
  checkins: Checkin[];
}

// A name, perhaps with an address or handle: `Lance Bragstad <lb@example.org> (lbragstad)`.
function namesPerson(text: string): boolean {
  const bare = text.replace(/<[^>]*>|\([^)]*\)|\[[^\]]*\]/g, ' ').trim();
  return bare.length > 0 && bare.split(/\s+/).length <= 5 && !/[.!?:;]$/.test(bare);
}

export function listsPeople(node: HeadingNode): boolean {
  if (node.children.length > 0 || node.blocks.length === 0) return false;
  return node.blocks.every(
    (block) =>
      (block.kind === 'list' && block.items.every((entry) => namesPerson(entry.text))) ||
      (block.kind === 'paragraph' && block.text.split(/\n|,|\band\b/).every(namesPerson)),
  );
}

/** A node's own content with its labelled sub-headings ("Risks", "Requirements") folded in. */
export function nodeContent(node: HeadingNode): {
  content: NodeContent;
  children: HeadingNode[];
  dated: HeadingNode[];
} {
  const content = readContent(node.blocks);
  const children: HeadingNode[] = [];
  const dated: HeadingNode[] = [];
  for (const child of node.children) {
    const text = child.heading?.text ?? '';
    if (isTocNode(child)) continue;
    // A heading that ends in a colon (`project-manager:`) and has nothing under it but text
    // introduces a passage of its parent, like a "Key:" paragraph: a labelled part, not a section.
    const label = /\S\s*[:：]$/.test(text) && child.children.length === 0;
    // "Champion" over a list of names says who leads; "project-manager:" over prose describes a role.
    const named = headingRole(text);
    const role =
      (named?.role === 'leads' && !listsPeople(child) ? undefined : named) ??
      (label ? { key: text.replace(/\s*[:：]$/, ''), role: 'prose' as const } : undefined);
    // "Prior art" with its own task, lead and effort is a goal that happens to share a part's name.
    const goal =
      role?.role === 'prose' && child.children.length === 0 && hasItemEvidence(readContent(child.blocks));
    if (role && !goal) content.parts.push({ ...role, blocks: flattenNode(child) });
    else if (parseDatedHeading(text)) dated.push(child);
    else children.push(child);
  }
  return { content, children, dated };
}

export function hasItemEvidence(content: NodeContent): boolean {
  return (
    content.fields.some((field) => ITEM_EVIDENCE.has(field.role)) ||
    content.parts.some((part) => ITEM_EVIDENCE.has(part.role) || part.role === 'summary')
  );
}

/** An item built from a heading and everything under it. */
export function itemFromNode(node: HeadingNode, ctx: InferContext): Item {
  const { content, children } = nodeContent(node);
  // Sub-headings of an item are its work.
  const heading = node.heading;
  const item = buildItem(
    {
      title: heading ?? { text: 'Untitled', markdown: 'Untitled', links: [], marks: [] },
      content,
      ...(heading?.anchor ? { anchor: heading.anchor } : {}),
    },
    ctx,
  );
  const work = children.map((child) => itemFromNode(child, ctx));
  if (work.length > 0) item.work = [...(item.work ?? []), ...work];
  return item;
}

export function isTeam(content: NodeContent): boolean {
  return content.fields.some((field) => TEAM_KEY.test(field.key));
}

/**
 * A "For 1.0:" label over a list of tasks (`[FEAT] …`, checkboxes, tracker refs) heads a group of
 * them; labels the role table knows ("Requirements:") stay labelled prose.
 */
function isTaskGroup(part: Part, ctx: InferContext): boolean {
  if (part.role !== 'prose' || headingRole(part.key)) return false;
  return part.blocks.some(
    (block) => block.kind === 'list' && block.items.some((entry) => looksLikeTask(entry, ctx)),
  );
}

function isSectionNode(node: HeadingNode, ctx: InferContext): boolean {
  const { content, children } = nodeContent(node);
  liftAssigned(content, ctx);
  if (children.length > 0) return true;
  if (content.groups.length > 0 || content.parts.some((part) => isTaskGroup(part, ctx))) return true;
  // A heading with a manager is a team, whatever else it lists.
  if (isTeam(content)) return true;
  if (hasItemEvidence(content)) return false;
  // Dated progress bullets (`20/02/2017: implemented`) are notes on one goal, not a list of goals.
  const goals = content.entries.filter((entry) => !parseDatedEntry(entry.text)?.rest);
  return goals.length > 0 || content.tables.length > 0;
}

// A hard line break in Markdown: backslash or two spaces before the newline.
const HARD_BREAK = /(?:\\| {2,})\n/;

/**
 * A term of a description list whose body is one thing per hard-broken line ("Engine::" over
 * `Explore …  +` lines) names an area of the section and lists its goals.
 */
function lineGroup(field: FieldEntry, ctx: InferContext): Section | undefined {
  if (field.children.length > 0) return undefined;
  const lines = field.value.markdown
    .split(HARD_BREAK)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length < 2 || lines.some((line) => stripMarkdown(line).length > 400)) return undefined;
  const items = lines.map((line) => {
    const text = stripMarkdown(line);
    const links = field.value.links.filter((link) => line.includes(link.url));
    return buildItem({ title: { text, markdown: line, links, marks: [] }, content: readContent([]) }, ctx);
  });
  return { id: ctx.sectionIds.take(slugify(field.key, 'group')), title: field.key, kind: 'group', items };
}

function setField(section: Section, key: string, value: string | undefined): void {
  if (!value) return;
  section.fields = {
    ...(section.fields ?? {}),
    [key]: section.fields?.[key] ? `${section.fields[key]}\n${value}` : value,
  };
}

export function buildSection(node: HeadingNode, ctx: InferContext, collected: Collected): Section {
  const { content, children, dated } = nodeContent(node);
  liftAssigned(content, ctx);
  const written = sectionName(node.heading?.text ?? '');
  const { title, leads } = ratedArea(written || 'Untitled', content.entries);
  const section: Section = {
    id: ctx.sectionIds.take(slugify(node.heading?.anchor ?? title, 'section')),
    title,
    ...(leads.length > 0 ? { leads } : {}),
  };
  const items: Item[] = [];
  const sections: Section[] = [];
  const prose: Block[] = [];

  const headingStatus = statusOf(node.heading, '');
  if (headingStatus) Object.assign(section, headingStatus);
  for (const field of content.fields) {
    switch (field.role) {
      case 'leads': {
        const people = peopleOf(field.value, field.children);
        if (people.length > 0) section.leads = [...(section.leads ?? []), ...people];
        break;
      }
      case 'status': {
        const status = statusOf(field.value);
        if (status && !section.status) Object.assign(section, status);
        else setField(section, field.key, field.value.markdown);
        break;
      }
      case 'dependsOn': {
        const deps = [...splitList(field.value.text), ...listTexts(field.children)];
        if (deps.length > 0) section.dependsOn = [...(section.dependsOn ?? []), ...deps];
        break;
      }
      case 'summary':
        prose.push({ kind: 'paragraph', ...field.value, pos: { line: 0, column: 0 } });
        break;
      default: {
        const group = field.role === 'other' ? lineGroup(field, ctx) : undefined;
        if (group) sections.push(group);
        else
          setField(
            section,
            field.key,
            [field.value.markdown, blocksMarkdown(field.children)].filter(Boolean).join('\n'),
          );
      }
    }
  }
  for (const part of content.parts) {
    const { checkins, rest } = extractCheckins(part.blocks, section.id, ctx);
    collected.checkins.push(...checkins);
    const texts = listTexts(rest);
    switch (part.role) {
      case 'leads': {
        const people = texts.flatMap((text) => splitPeople(text));
        if (people.length > 0) section.leads = [...new Set([...(section.leads ?? []), ...people])];
        break;
      }
      case 'risks':
        if (texts.length > 0) section.risks = [...(section.risks ?? []), ...risksOf(texts)];
        break;
      case 'dependsOn':
        if (texts.length > 0) section.dependsOn = [...(section.dependsOn ?? []), ...texts];
        break;
      case 'work': {
        const firstHeading = rest.findIndex((block) => block.kind === 'heading');
        const lead = firstHeading < 0 ? rest : rest.slice(0, firstHeading);
        items.push(...workFrom(lead, ctx));
        if (firstHeading >= 0)
          items.push(
            ...buildTree(rest.slice(firstHeading)).children.map((child) => itemFromNode(child, ctx)),
          );
        break;
      }
      case 'summary':
        prose.push(...rest);
        break;
      case 'prose':
        if (isTaskGroup({ ...part, blocks: rest }, ctx)) {
          const group: Section = { id: ctx.sectionIds.take(slugify(part.key, 'group')), title: part.key };
          const tasks = workFrom(rest, ctx);
          if (tasks.length > 0) group.items = tasks;
          sections.push({ ...group, kind: 'group' });
        } else if (classifyFieldKey(part.key) === 'summary') prose.push(...rest);
        else setField(section, part.key, blocksMarkdown(rest));
        break;
      case 'status':
        setField(section, part.key, blocksMarkdown(rest));
        break;
      default:
        setField(section, part.key, blocksMarkdown(rest));
    }
  }

  const { checkins, rest: entryBlocks } = extractCheckins(
    content.entries.length > 0
      ? [{ kind: 'list', ordered: false, items: content.entries, pos: { line: 0, column: 0 } }]
      : [],
    section.id,
    ctx,
  );
  collected.checkins.push(...checkins);
  // Bullets of a section are its goals (a list-shaped roadmap), before any work breakdown below them.
  const entries = entryBlocks.flatMap((block) => (block.kind === 'list' ? block.items : []));
  items.unshift(...entries.map((entry) => entryItem(entry, ctx)));
  for (const entry of content.groups) {
    const key = entry.text.replace(/[:：]\s*$/, '').trim();
    const group: Section = { id: ctx.sectionIds.take(slugify(key, 'group')), title: key, kind: 'group' };
    const tasks = workFrom(entry.children, ctx);
    sections.push(tasks.length > 0 ? { ...group, items: tasks } : group);
  }
  items.push(...content.tables.flatMap((table) => workFrom([table], ctx)));
  // The prose of a "State" or "About" chapter describes the document: none of its lines are goals.
  const lines = INTRO.test(title)
    ? { items: [], groups: [], prose: content.prose }
    : lineItems(content.prose, ctx);
  items.push(...lines.items);
  sections.push(...lines.groups);
  prose.push(...lines.prose);

  for (const child of dated) {
    const date = parseDatedHeading(child.heading?.text ?? '')?.date;
    if (date)
      collected.checkins.push(
        checkinFrom(child.heading?.text ?? date, date, flattenNode(child), section.id, ctx),
      );
  }
  for (const child of children) {
    if (isSectionNode(child, ctx)) sections.push(buildSection(child, ctx, collected));
    else items.push(itemFromNode(child, ctx));
  }

  const summary = blocksMarkdown(prose);
  if (summary) section.summary = summary;
  const kind = content.fields.some((f) => TEAM_KEY.test(f.key)) ? 'team' : kindOf(section);
  if (kind) section.kind = kind;
  if (sections.length > 0) section.sections = sections;
  if (items.length > 0) section.items = items;
  return orderSection(section);
}

const SECTION_KEYS = [
  'id',
  'title',
  'kind',
  'leads',
  'status',
  'statusText',
  'summary',
  'fields',
  'dependsOn',
  'risks',
  'sections',
  'items',
] as const;

function orderSection(section: Section): Section {
  const ordered: Record<string, unknown> = {};
  for (const key of SECTION_KEYS)
    if (section[key as keyof Section] !== undefined) ordered[key] = section[key as keyof Section];
  return ordered as unknown as Section;
}
