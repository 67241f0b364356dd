// The inline half of the line-based reader used for documents too large for wikiparser-node:
// one bounded regular expression per line, so time stays linear in the input.

import { trimUrl } from '../outline/source-text.ts';
import type { Style, StyledInlineBuilder } from '../outline/styled-inline.ts';
import { feedText } from './ast-inline.ts';
import { cssColor, templateMeaning } from './templates.ts';

const TOKEN = new RegExp(
  [
    /(?<quote>'{5}|'{3}|'{2})/.source,
    /<nowiki>(?<nowiki>[^<]{0,2000})<\/nowiki>/.source,
    /(?<ref><ref\b[^<>]{0,200}(?:\/>|>[^<]{0,1000}<\/ref\s*>))/.source,
    /\[\[(?<link>[^[\]\n]{1,500})\]\]/.source,
    /\[(?<url>(?:https?:|ftp:|mailto:|\/\/)[^\s[\]]{1,2000})(?:[ \t]+(?<label>[^[\]\n]{0,500}))?\]/.source,
    /\{\{(?<template>[^{}]{1,2000})\}\}/.source,
    /<(?<close>\/?)(?<tag>[a-zA-Z][\w-]{0,20})(?<attrs>\s[^<>]{0,500})?\/?>/.source,
    /(?<free>(?:https?|ftp):\/\/[^\s<>[\]{}|"']{1,2000})/.source,
    /(?<switch>__[A-Z]{2,20}__)/.source,
  ].join('|'),
  'g',
);

const TAG_STYLE = new Map<string, Style>([
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
]);

function feedTemplate(builder: StyledInlineBuilder, whole: string, body: string, depth: number): void {
  const [name = '', ...args] = body.split('|');
  const positional = args.filter((arg) => !/^\s*[\w -]+=/.test(arg));
  const meaning = templateMeaning(name, positional);
  switch (meaning.kind) {
    case 'status':
      builder.text(meaning.words);
      builder.mark({ source: 'template', text: whole.trim() });
      return;
    case 'task':
      if (meaning.url === undefined) builder.text(meaning.text);
      else builder.link(meaning.text, meaning.url);
      return;
    case 'wrap':
      builder.open('{{wrap}}', {
        ...(meaning.style ? { style: meaning.style } : {}),
        color: meaning.color ?? null,
      });
      feedLine(builder, positional[meaning.arg - 1] ?? '', depth + 1);
      builder.close('{{wrap}}');
      return;
    case 'literal':
      builder.text(meaning.text);
      return;
    case 'drop':
      return;
    case 'unknown':
      builder.text(whole.replace(/\s+/g, ' '));
  }
}

function feedTag(builder: StyledInlineBuilder, groups: Record<string, string | undefined>): void {
  const tag = (groups.tag ?? '').toLowerCase();
  if (tag === 'br' || tag === 'p' || tag === 'div' || tag === 'li') builder.space();
  if (groups.close === '/') builder.close(tag);
  else if (!['br', 'hr', 'img', 'wbr', 'ref', 'references'].includes(tag)) {
    const attrs = groups.attrs ?? '';
    const style = /\bstyle\s*=\s*["']([^"']*)["']/i.exec(attrs)?.[1];
    const color =
      cssColor(style) ?? (tag === 'font' ? /\bcolor\s*=\s*["']?([#\w]+)/i.exec(attrs)?.[1] : undefined);
    const styleName = TAG_STYLE.get(tag);
    builder.open(tag, { ...(styleName ? { style: styleName } : {}), color: color ?? null });
  }
}

/** Feeds one line (or cell) of wikitext. */
export function feedLine(builder: StyledInlineBuilder, line: string, depth = 0): void {
  if (depth > 4) {
    feedText(builder, line);
    return;
  }
  let last = 0;
  for (const match of line.matchAll(TOKEN)) {
    feedText(builder, line.slice(last, match.index));
    last = match.index + match[0].length;
    const groups = match.groups ?? {};
    if (groups.quote !== undefined) {
      if (groups.quote.length !== 2) builder.toggle('bold');
      if (groups.quote.length !== 3) builder.toggle('italic');
    } else if (groups.link !== undefined) {
      const [target = '', ...rest] = groups.link.split('|');
      if (/^\s*(category|file|image)\s*:/i.test(target)) continue;
      if (rest.length > 0 && rest.join('|').trim() !== '') feedLine(builder, rest.join('|'), depth + 1);
      else feedText(builder, target.trim().replace(/^:/, ''));
    } else if (groups.url !== undefined) {
      builder.link(groups.label?.replace(/'{2,}/g, '') || groups.url, groups.url);
    } else if (groups.template !== undefined) {
      feedTemplate(builder, match[0], groups.template, depth);
    } else if (groups.tag !== undefined) {
      feedTag(builder, groups);
    } else if (groups.free !== undefined) {
      const url = trimUrl(groups.free);
      builder.link(url, url);
      feedText(builder, groups.free.slice(url.length));
    } else if (groups.nowiki !== undefined) {
      builder.text(groups.nowiki);
    }
  }
  feedText(builder, line.slice(last));
}

/** Whether a line says nothing a reader would see (switches, categories, unknown block templates). */
export function isSilentLine(line: string): boolean {
  const rest = line
    .replace(/__[A-Z]{2,20}__/g, '')
    .replace(/<\/?[a-zA-Z][\w-]{0,20}(\s[^<>]{0,500})?\/?>/g, '')
    .replace(/\[\[\s*category\s*:[^[\]]{0,500}\]\]/gi, '')
    .replace(/<<(?!color2?\()\w{1,40}(?:\([^()<>\n]{0,400}\))?>>/gi, '')
    .trim();
  const template = /^\{\{([^{}]{1,2000})\}\}$/.exec(rest);
  if (template) {
    const [name = '', ...args] = (template[1] ?? '').split('|');
    const kind = templateMeaning(name, args).kind;
    return kind === 'drop' || kind === 'unknown';
  }
  return rest === '';
}
