// wikiparser-node tokens → inline content: quotes, HTML tags, links, templates, MoinMoin macros.

import { decodeEntities } from '../outline/source-text.ts';
import { type Style, StyledInlineBuilder } from '../outline/styled-inline.ts';
import { cssColor, macroMeaning, templateKey, templateMeaning } from './templates.ts';

/** The part of wikiparser-node's token interface this parser reads. */
export interface WikiNode {
  readonly type: string;
  readonly name?: string;
  readonly childNodes: readonly WikiNode[];
  readonly data?: string;
  readonly closing?: boolean;
  readonly selfClosing?: boolean;
  readonly level?: number;
  readonly subtype?: string;
  toString(): string;
}

/** Recursion into nested tokens stops here; deeper content is dropped. */
const MAX_DEPTH = 48;
const MACRO = /<<(\w{1,40})(?:\(([^<>\n]{0,400}?)\))?>>/g;
const HTML_STYLE = new Map<string, Style>([
  ['b', 'bold'],
  ['strong', 'bold'],
  ['i', 'italic'],
  ['em', 'italic'],
  ['s', 'strike'],
  ['strike', 'strike'],
  ['del', 'strike'],
  ['code', 'code'],
  ['tt', 'code'],
  ['kbd', 'code'],
  ['samp', 'code'],
  ['var', 'code'],
]);
const CODE_EXT = new Set(['pre', 'syntaxhighlight', 'source', 'code', 'tt', 'math', 'chem', 'score']);
const DROPPED_TYPES = new Set([
  'comment',
  'double-underscore',
  'category',
  'file',
  'noinclude',
  'include',
  'onlyinclude',
  'hidden',
  'arg',
  'redirect',
  'table-attrs',
  'html-attrs',
  'ext-attrs',
]);

export function child(node: WikiNode, type: string): WikiNode | undefined {
  return node.childNodes.find((c) => c.type === type);
}

/** Attribute value of an html tag, ext tag or table cell. */
export function attribute(node: WikiNode, name: string): string | undefined {
  const attrs = node.childNodes.find((c) => c.type.endsWith('-attrs'));
  const attr = attrs?.childNodes.find((c) => c.type.endsWith('-attr') && c.name === name);
  const value = attr && child(attr, 'attr-value');
  return value?.toString();
}

export function positionalArgs(node: WikiNode): string[] {
  const args: string[] = [];
  for (const param of node.childNodes) {
    if (param.type !== 'parameter' || !/^\d+$/.test(param.name ?? '')) continue;
    args[Number(param.name) - 1] = child(param, 'parameter-value')?.toString().trim() ?? '';
  }
  return Array.from(args, (arg) => arg ?? '');
}

function argNode(node: WikiNode, index: number): WikiNode | undefined {
  const param = node.childNodes.find((c) => c.type === 'parameter' && c.name === String(index));
  return param && child(param, 'parameter-value');
}

export function templateName(node: WikiNode): string {
  return node.childNodes[0]?.toString() ?? '';
}

/** Whether a template standing alone on a line says nothing a reader would see. */
export function isSilentTemplate(node: WikiNode): boolean {
  if (node.type === 'magic-word') return !['!', '='].includes(node.name ?? '');
  const meaning = templateMeaning(templateName(node), positionalArgs(node));
  return meaning.kind === 'drop' || meaning.kind === 'unknown';
}

export function feedText(builder: StyledInlineBuilder, data: string): void {
  let last = 0;
  for (const match of data.matchAll(MACRO)) {
    builder.text(decodeEntities(data.slice(last, match.index)));
    last = match.index + match[0].length;
    const meaning = macroMeaning(match[1] ?? '', match[2]);
    if (meaning.kind === 'drop') continue;
    if (meaning.color === undefined) {
      builder.text(meaning.text);
      continue;
    }
    builder.open('moin-color', { color: meaning.color });
    builder.text(meaning.text);
    builder.close('moin-color');
  }
  builder.text(decodeEntities(data.slice(last)));
}

export function feedNodes(builder: StyledInlineBuilder, nodes: readonly WikiNode[], depth = 0): void {
  for (const node of nodes) feedNode(builder, node, depth);
}

function plain(node: WikiNode | undefined, depth: number): string {
  if (node === undefined) return '';
  const builder = new StyledInlineBuilder();
  feedNodes(builder, node.childNodes, depth + 1);
  return builder.finish().text;
}

function feedTemplate(builder: StyledInlineBuilder, node: WikiNode, depth: number): void {
  const meaning = templateMeaning(templateName(node), positionalArgs(node));
  switch (meaning.kind) {
    case 'status':
      builder.text(meaning.words);
      builder.mark({ source: 'template', text: node.toString().trim() });
      return;
    case 'task':
      if (meaning.url === undefined) builder.text(meaning.text);
      else builder.link(meaning.text, meaning.url);
      return;
    case 'wrap': {
      const tag = `{{${templateKey(templateName(node))}}}`;
      builder.open(tag, { ...(meaning.style ? { style: meaning.style } : {}), color: meaning.color ?? null });
      const value = argNode(node, meaning.arg);
      if (value) feedNodes(builder, value.childNodes, depth + 1);
      builder.close(tag);
      return;
    }
    case 'literal':
      builder.text(meaning.text);
      return;
    case 'drop':
      return;
    case 'unknown':
      builder.text(node.toString().replace(/\s+/g, ' '));
  }
}

function feedHtml(builder: StyledInlineBuilder, node: WikiNode): void {
  const name = (node.name ?? '').toLowerCase();
  if (name === 'br' || name === 'hr' || name === 'p' || name === 'div' || name === 'li') builder.space();
  if (node.closing) {
    builder.close(name);
    return;
  }
  if (node.selfClosing || name === 'br' || name === 'hr' || name === 'img' || name === 'wbr') return;
  const color =
    cssColor(attribute(node, 'style')) ?? (name === 'font' ? attribute(node, 'color') : undefined);
  const style = HTML_STYLE.get(name);
  builder.open(name, { ...(style ? { style } : {}), color: color ?? null });
}

function feedExt(builder: StyledInlineBuilder, node: WikiNode, depth: number): void {
  const name = (node.name ?? '').toLowerCase();
  const inner = child(node, 'ext-inner');
  if (name === 'nowiki') builder.text(decodeEntities(inner?.toString() ?? ''));
  else if (CODE_EXT.has(name)) {
    builder.open('ext-code', { style: 'code' });
    builder.text(inner?.toString().trim() ?? '');
    builder.close('ext-code');
  } else if (name === 'poem' || name === 'span' || name === 'translate') {
    if (inner) feedNodes(builder, inner.childNodes, depth + 1);
  }
}

export function feedNode(builder: StyledInlineBuilder, node: WikiNode, depth = 0): void {
  if (depth > MAX_DEPTH || DROPPED_TYPES.has(node.type)) return;
  switch (node.type) {
    case 'text':
      feedText(builder, node.data ?? '');
      return;
    case 'quote': {
      const length = node.toString().length;
      if (length !== 2) builder.toggle('bold');
      if (length === 2 || length >= 5) builder.toggle('italic');
      return;
    }
    case 'html':
      feedHtml(builder, node);
      return;
    case 'template':
      feedTemplate(builder, node, depth);
      return;
    case 'magic-word':
      if (node.name === '!' || node.name === '=') builder.text(node.name === '!' ? '|' : '=');
      return;
    case 'link': {
      const target = node.childNodes[0]?.toString().trim() ?? '';
      const label = node.childNodes[1];
      if (/^(https?|ftp):\/\//i.test(target)) builder.link(label ? plain(label, depth) : target, target);
      else if (label && label.toString().trim() !== '') feedNodes(builder, label.childNodes, depth + 1);
      else builder.text(decodeEntities(target.replace(/^:/, '')));
      return;
    }
    case 'ext-link': {
      const url = node.childNodes[0]?.toString() ?? '';
      builder.link(plain(node.childNodes[1], depth) || url, url);
      return;
    }
    case 'free-ext-link':
      builder.link(node.toString(), node.toString());
      return;
    case 'magic-link':
      builder.text(node.toString());
      return;
    case 'ext':
      feedExt(builder, node, depth);
      return;
    case 'list':
    case 'dd':
      builder.softBreak();
      return;
    case 'hr':
    case 'table-syntax':
      builder.space();
      return;
    case 'heading':
      feedNodes(builder, node.childNodes[0]?.childNodes ?? [], depth + 1);
      builder.space();
      return;
    default:
      feedNodes(builder, node.childNodes, depth + 1);
  }
}
