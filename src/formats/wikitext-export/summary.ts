// Markdown summaries as wikitext and back: links, bold, italics and code spans become wiki markup,
// a flat list becomes `*` lines, and everything else is text (in <nowiki> where it could be read
// as markup). The reverse only has to undo this writer; the rest travels as marker data.
import { stripUnsafe } from '../convention/text.ts';
import { escapeWiki, isWikiUrl, needsNowiki, nowiki, unescapeWiki, WIKI_LINK, wikiLink } from './escape.ts';

const PLAIN_INNER = /^[^\s*`\\[\]_'](?:[^*`\\[\]_']*[^\s*`\\[\]_'])?$/;

function inlineToWiki(line: string): string {
  let out = '';
  let plain = '';
  const flush = () => {
    out +=
      plain === ''
        ? ''
        : needsNowiki(plain) || (out === '' && /^[*#:; =]/.test(plain))
          ? nowiki(plain)
          : plain;
    plain = '';
  };
  let i = 0;
  while (i < line.length) {
    const rest = line.slice(i);
    const link = /^\[([^\]\\]+)\]\(([^()\s]+)\)/.exec(rest);
    const strong = /^\*\*([^*]+)\*\*/.exec(rest);
    const emphasis = /^\*([^*]+)\*/.exec(rest);
    const code = /^`([^`]+)`/.exec(rest);
    let markup: string | undefined;
    let length = 0;
    if (link && isWikiUrl(link[2] as string)) {
      markup = wikiLink(link[1] as string, link[2] as string);
      length = link[0].length;
    } else if (strong && PLAIN_INNER.test(strong[1] as string)) {
      markup = `'''${escapeWiki(strong[1] as string)}'''`;
      length = strong[0].length;
    } else if (emphasis && PLAIN_INNER.test(emphasis[1] as string)) {
      markup = `''${escapeWiki(emphasis[1] as string)}''`;
      length = emphasis[0].length;
    } else if (code && /^\S(?:.*\S)?$/.test(code[1] as string)) {
      markup = `<code>${nowiki(code[1] as string)}</code>`;
      length = code[0].length;
    }
    if (markup !== undefined) {
      flush();
      out += markup;
      i += length;
    } else {
      plain += line[i];
      i += 1;
    }
  }
  flush();
  return out;
}

/** Summary paragraphs as wikitext lines, one blank line between paragraphs. */
export function summaryToWiki(markdown: string, reserved: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  for (const paragraph of markdown.split(/\n\s*\n/)) {
    const raw = paragraph
      .split('\n')
      .map((line) => stripUnsafe(line).trim())
      .filter((line) => line !== '');
    const isList = raw.length > 0 && raw.every((line) => /^- \S/.test(line));
    const body = raw.map((line) => (isList ? `* ${inlineToWiki(line.slice(2).trim())}` : inlineToWiki(line)));
    if (body.length === 0) continue;
    if (body.length === 1 && reserved.has(body[0] as string)) body[0] = nowiki(body[0] as string);
    if (lines.length > 0) lines.push('');
    lines.push(...body);
  }
  return lines;
}

function inlineToMarkdown(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const rest = line.slice(i);
    const link = new RegExp(`^${WIKI_LINK.source}`).exec(rest);
    const code = /^<code><nowiki>([^<]*)<\/nowiki><\/code>/.exec(rest);
    const strong = /^'''((?:<nowiki>[^<]*<\/nowiki>|[^'<])+)'''/.exec(rest);
    const emphasis = /^''((?:<nowiki>[^<]*<\/nowiki>|[^'<])+)''/.exec(rest);
    const escaped = /^<nowiki>[^<]*<\/nowiki>/.exec(rest);
    if (link) {
      out += `[${unescapeWiki(link[2] as string)}](${link[1]})`;
      i += link[0].length;
    } else if (code) {
      out += `\`${unescapeWiki(`<nowiki>${code[1]}</nowiki>`)}\``;
      i += code[0].length;
    } else if (strong) {
      out += `**${unescapeWiki(strong[1] as string)}**`;
      i += strong[0].length;
    } else if (emphasis) {
      out += `*${unescapeWiki(emphasis[1] as string)}*`;
      i += emphasis[0].length;
    } else if (escaped) {
      out += unescapeWiki(escaped[0]);
      i += escaped[0].length;
    } else {
      out += line[i];
      i += 1;
    }
  }
  return out;
}

/** The reverse of `summaryToWiki` over blocks (paragraph lines, or `*` list lines). */
export function summaryFromWiki(blocks: readonly (readonly string[])[]): string | undefined {
  const text = blocks
    .map((lines) =>
      lines
        .map((line) =>
          line.startsWith('* ') ? `- ${inlineToMarkdown(line.slice(2))}` : inlineToMarkdown(line),
        )
        .join('\n'),
    )
    .join('\n\n');
  return text === '' ? undefined : text;
}
