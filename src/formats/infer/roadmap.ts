// The one inference step: from any format's outline to a waymark/v1 roadmap.
import type { Checkin, Item, Link, Period, Roadmap, Section } from '../../domain/interchange/index.ts';
import { parsePeriod } from '../../domain/normalise/index.ts';
import type { Block, Outline, Warning } from '../outline/types.ts';
import { usesAssignees } from './assignees.ts';
import { matchEntries, progressCheckins } from './checkins.ts';
import { isMetaTable, readContent } from './content.ts';
import { newContext } from './context.ts';
import { parseLooseDate, type RefContext } from './extract/index.ts';
import { slugify } from './ids.ts';
import { declaredKeywords } from './keywords.ts';
import { blocksMarkdown } from './markdown.ts';
import { splitPreamble } from './preamble.ts';
import { regroupStrays } from './regroup.ts';
import { headingRole } from './roles.ts';
import {
  buildSection,
  type Collected,
  hasItemEvidence,
  isTeam,
  isTocNode,
  itemFromNode,
  listsPeople,
  nodeContent,
} from './section.ts';
import { buildTree, flattenNode, type HeadingNode } from './tree.ts';

export interface InferOptions {
  /** Roadmap id; defaults to a slug of the title. */
  id?: string;
  path?: string;
  sha256?: string;
  /** Title when the document states none. */
  fallbackTitle?: string;
  refContext?: RefContext;
}

export interface InferResult {
  roadmap: Roadmap;
  warnings: Warning[];
}

const VERSION = /\bversion\s*:?\s*v?(\d+(?:\.\d+)+[\w.-]*|\d+)\b/i;
const UPDATED =
  /\b(?:last[ -]modified|last[ -]updated|updated(?: on)?|last[ -]edited)\s*:?\s*(?:on\s+)?([^,;()\n]{4,40})/i;
const PERIOD_IN_TITLE =
  /\b(FY\s?\d{2,4}(?:[-–/]\d{2,4})?,?\s*Q[1-4]|Q[1-4]\s*(?:FY\s?)?\d{2,4}(?:[-–/]\d{2,4})?|\d{4}(?:[-–/]\d{2})?\s*Q[1-4]|\d{4}\s*[hH][12]|[hH][12]\s*\d{4}|(?:19|20)\d{2})\b/;
const INTRO_HEADING = /^(state|status|about|overview|introduction|summary)$/i;
const MONTH_RANGE = /\(([A-Z][a-z]+)\s*[-–]\s*([A-Z][a-z]+)\s+((?:19|20)\d{2})\)/;

// The year of a date (`Last updated: 2015-07-26`, `as things stood in December 2011`) says when
// the text was written, not what time it covers.
const FULL_DATE =
  /\b(?:19|20)\d{2}-\d{2}-\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d{2}\b/gi;

function periodOf(title: string, preamble: string): Period | undefined {
  const match =
    PERIOD_IN_TITLE.exec(title) ?? PERIOD_IN_TITLE.exec(preamble.slice(0, 400).replace(FULL_DATE, ''));
  if (!match?.[1]) return undefined;
  const label = match[1];
  const period = parsePeriod(label) ?? { label };
  if (period.start && period.end) return period;
  // "Q2 (October - December 2019)": the document says which months a fiscal quarter covers.
  const range = MONTH_RANGE.exec(preamble);
  const start = range ? parseLooseDate(`${range[1]} ${range[3]}`) : undefined;
  const endMonth = range ? parseLooseDate(`${range[2]} ${range[3]}`) : undefined;
  if (start && endMonth) {
    const [y, m] = endMonth.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { label, start, end: `${endMonth.slice(0, 8)}${String(last).padStart(2, '0')}` };
  }
  return period;
}

function unwrapTitle(
  outline: Outline,
  root: HeadingNode,
): { title?: string; preamble: Block[]; top: HeadingNode[] } {
  const [only] = root.children;
  if (
    root.children.length === 1 &&
    only?.heading &&
    (!outline.title || outline.title === only.heading.text)
  ) {
    return { title: only.heading.text, preamble: [...root.blocks, ...only.blocks], top: only.children };
  }
  // With several top headings and no title of its own, a document that opens with a heading whose
  // body is only prose ("Roadmap 2026", then "(Version 1.0 …)") is titled by it.
  const [first, second] = root.children;
  if (
    !outline.title &&
    !outline.meta.title &&
    first?.heading &&
    second &&
    first.children.length === 0 &&
    root.blocks.length === 0 &&
    first.blocks.every((block) => block.kind === 'paragraph' || isMetaTable(block))
  ) {
    return { title: first.heading.text, preamble: first.blocks, top: root.children.slice(1) };
  }
  return { ...(outline.title ? { title: outline.title } : {}), preamble: root.blocks, top: root.children };
}

function linksOf(blocks: readonly Block[]): Link[] {
  const links: Link[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const link of block.links) {
      if (!/^https?:/i.test(link.url) || links.some((l) => l.url === link.url)) continue;
      links.push(
        link.title && link.title !== link.url ? { title: link.title, url: link.url } : { url: link.url },
      );
    }
  }
  return links;
}

// Sub-headings that are notes on the goal above them ("Owners" over names, "Background", a
// "Persona:" label) leave it a goal; others (a "Work Breakdown", sub-goals) make it an area.
function onlyNotes(node: HeadingNode): boolean {
  return node.children.every((child) => {
    const text = child.heading?.text ?? '';
    const role = headingRole(text);
    if (child.children.length > 0) return false;
    if (role?.role === 'leads' && listsPeople(child)) return true;
    return role?.role === 'prose' || /\S\s*[:：]$/.test(text);
  });
}

function isTopItem(node: HeadingNode): boolean {
  if (!onlyNotes(node)) return false;
  const { content, children } = nodeContent(node);
  return children.length === 0 && hasItemEvidence(content) && !isTeam(content);
}

// Org in-buffer settings say how Emacs shows and exports the file, not what the roadmap says; the
// TODO keyword sequences among them have already been read as the document's status words.
const ORG_SETTING =
  /^(startup|options|(seq_|typ_)?todo|setupfile|include|filetags|tags|priorities|columns|archive|link|macro|bind|constants|drawers|property|(exclude|select)_tags|infojs_opt|(latex|html|odt|beamer|export)(_.*)?)$/i;

// Chapters of a proposal or specification: prose about the document, never a goal of it.
const CHAPTER =
  /^(abstract|summary|introduction|overview|motivation|background|rationale|proposal|specification|design( details)?|alternatives( considered)?|drawbacks|conclusion|glossary|footnotes|faq|test plan|graduation criteria|(implementation|contributing|contributions?|community|support|getting started|how|history|changelog|status|license|copyright|acknowledge?ments|references|see also|further reading|related|resources|upgrade|security|open (issues|questions)|appendix)\b.*)$/i;

function isProseLeaf(node: HeadingNode): boolean {
  if (node.children.length > 0 || node.blocks.length === 0) return false;
  return node.blocks.every((block) => block.kind === 'paragraph' || block.kind === 'code');
}

function holdsGoals(node: HeadingNode): boolean {
  const { content, children } = nodeContent(node);
  return content.entries.length > 0 || children.length > 0 || content.tables.length > 0;
}

/**
 * curl's roadmap mixes areas that list their goals ("HTTP/2" over bullets) with goals that are a
 * heading and a paragraph each ("SRV records"). When prose-only headings sit beside areas of goals
 * and none of them is a document chapter ("Summary", "Motivation"), they are goals too.
 */
function proseGoals(top: readonly HeadingNode[]): Set<HeadingNode> {
  const leaves = top.filter(isProseLeaf);
  if (leaves.length < 2 || !top.some((node) => !isProseLeaf(node) && holdsGoals(node))) return new Set();
  if (leaves.some((node) => CHAPTER.test((node.heading?.text ?? '').trim()))) return new Set();
  return new Set(leaves);
}

export function inferRoadmap(outline: Outline, options: InferOptions = {}): InferResult {
  const keywords = outline.format === 'org' ? declaredKeywords(outline.meta) : undefined;
  const ctx = newContext(outline.format, options.refContext, keywords);
  ctx.assignees = usesAssignees(outline.blocks);
  const root = buildTree(outline.blocks);
  // Only formats that rank headings by order of appearance invert levels this way.
  if (outline.format === 'rst') regroupStrays(root);
  const unwrapped = unwrapTitle(outline, root);
  const top = unwrapped.top.filter((node) => !isTocNode(node));
  const { title: found } = unwrapped;
  const {
    blocks: preamble,
    links: preambleLinks,
    legend,
  } = splitPreamble(unwrapped.preamble, top.length > 0);
  const title =
    (found ?? outline.meta.title ?? options.fallbackTitle ?? 'Untitled roadmap').trim() || 'Untitled roadmap';
  const roadmap: Roadmap = { id: options.id ?? slugify(title, 'roadmap'), title };
  const collected: Collected = { checkins: [] };

  const preambleNode: HeadingNode = { level: 0, blocks: preamble, children: [] };
  const { content } = nodeContent(preambleNode);
  const preambleText = preamble.map((block) => (block.kind === 'paragraph' ? block.text : '')).join('\n');
  // A first section called "State" or "About" often carries the document's version and date.
  const intro = top[0] && INTRO_HEADING.test(top[0].heading?.text ?? '') ? top[0].blocks : [];
  const introText = intro.map((block) => (block.kind === 'paragraph' ? block.text : '')).join('\n');
  const metaText = [preambleText, introText].join('\n');
  const version = outline.meta.version ?? outline.meta.Version ?? VERSION.exec(metaText)?.[1];
  if (version) roadmap.version = version.trim();
  // A `Last updated: 2015-07-26` line before the first section is the document's own date.
  const updatedField = content.fields.find((field) => field.role === 'updated')?.value.text;
  const updatedText =
    outline.meta['last-modified'] ??
    outline.meta.updated ??
    outline.meta.date ??
    UPDATED.exec(metaText)?.[1] ??
    updatedField;
  const updated = updatedText ? parseLooseDate(updatedText) : undefined;
  if (updated) roadmap.updated = updated;
  const period = periodOf(title, preambleText);
  if (period) roadmap.period = period;

  const summary = blocksMarkdown([...content.prose, ...legend]);
  if (summary) roadmap.summary = summary;
  const links = linksOf(content.prose);
  for (const link of preambleLinks) if (!links.some((l) => l.url === link.url)) links.push(link);
  if (links.length > 0) roadmap.links = links;
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(outline.meta)) {
    if (outline.format === 'org' && ORG_SETTING.test(key)) continue;
    if (value.trim() && !/^(title|version)$/i.test(key)) fields[key] = value.trim();
  }
  for (const field of content.fields) if (field.value.markdown) fields[field.key] = field.value.markdown;
  for (const part of content.parts) {
    const text = blocksMarkdown(part.blocks);
    if (text) fields[part.key] = text;
  }
  if (Object.keys(fields).length > 0) roadmap.fields = fields;

  // Labelled parts at the top ("Risks" of a page fragment) describe the whole roadmap.
  for (const node of [...top]) {
    const role = headingRole(node.heading?.text ?? '');
    if (!role || (role.role === 'leads' && !listsPeople(node))) continue;
    const text = blocksMarkdown(flattenNode(node));
    if (text) roadmap.fields = { ...(roadmap.fields ?? {}), [role.key]: text };
    top.splice(top.indexOf(node), 1);
  }
  // A document whose headings are all goals with their own fields is a flat list of items.
  const flat =
    top.length > 0 && top.every((node) => onlyNotes(node) && hasItemEvidence(nodeContent(node).content));
  const sections: Section[] = [];
  const items: Item[] = [];
  const goals = proseGoals(top);
  for (const node of top) {
    // A top-level goal with its own fields and no sub-headings belongs to no section, even when
    // areas follow it (SWH 2025 lists its general items before the project areas).
    if (flat || isTopItem(node) || goals.has(node)) items.push(itemFromNode(node, ctx));
    else sections.push(buildSection(node, ctx, collected));
  }
  // List entries before the first heading are items of no section.
  if (top.length === 0 || content.entries.length > 0) {
    const looseNode: HeadingNode = { level: 0, blocks: [], children: [] };
    const before = collected.checkins.length;
    const loose = buildSection(
      { ...looseNode, blocks: preamble.filter((b) => b.kind === 'list' || b.kind === 'table') },
      ctx,
      collected,
    );
    items.push(...(loose.items ?? []));
    sections.push(...(loose.sections ?? []));
    // The loose entries' section is not kept, so their check-ins are the whole roadmap's.
    for (const checkin of collected.checkins.slice(before)) {
      if (checkin.scope === loose.id) delete checkin.scope;
    }
  }
  if (sections.length > 0) roadmap.sections = sections;
  if (items.length > 0) roadmap.items = items;
  collected.checkins.push(...progressCheckins(ctx));
  const checkins: Checkin[] = [...collected.checkins].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  if (checkins.length > 0) roadmap.checkins = checkins;
  roadmap.source = {
    format: outline.format,
    ...(options.path ? { path: options.path } : {}),
    ...(options.sha256 ? { sha256: options.sha256 } : {}),
  };
  matchEntries(roadmap);
  return { roadmap, warnings: [...outline.warnings, ...ctx.warnings] };
}

export { readContent };
