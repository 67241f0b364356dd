// Markdown summaries as reStructuredText paragraphs and back. Links, emphasis, strong emphasis and
// code spans become their rst forms; everything else is escaped text. The reverse only has to undo
// this writer: whatever does not come back identical travels in the marker's JSON instead.
import { stripUnsafe } from '../convention/text.ts';
import { escapeChar, escapeInline, escapeLinkText, guardLine, isLinkUrl, unescapeRst } from './escape.ts';

const PLAIN_INNER = /^[^\s*`\\[\]_](?:[^*`\\[\]_]*[^\s*`\\[\]_])?$/;
const MD_KEEPS_ESCAPE = new Set(['\\', '*', '_', '`', '[', ']']);

function inlineToRst(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const rest = line.slice(i);
    const link = /^\[([^\]\\]+)\]\(([^()\s]+)\)/.exec(rest);
    if (link && isLinkUrl(link[2] as string)) {
      out += `\`${escapeLinkText(link[1] as string)} <${link[2]}>\`__`;
      i += link[0].length;
      continue;
    }
    const strong = /^\*\*([^*]+)\*\*/.exec(rest);
    if (strong && PLAIN_INNER.test(strong[1] as string)) {
      out += `**${escapeInline(strong[1] as string)}**`;
      i += strong[0].length;
      continue;
    }
    const emphasis = /^\*([^*]+)\*/.exec(rest);
    if (emphasis && PLAIN_INNER.test(emphasis[1] as string)) {
      out += `*${escapeInline(emphasis[1] as string)}*`;
      i += emphasis[0].length;
      continue;
    }
    const code = /^`([^`]+)`/.exec(rest);
    if (code && /^\S(?:.*\S)?$/.test(code[1] as string)) {
      out += `\`\`${code[1]}\`\``;
      i += code[0].length;
      continue;
    }
    const escaped = /^\\([!-/:-@[-`{-~])/.exec(rest);
    if (escaped) {
      out += `\\${escaped[1]}`;
      i += 2;
      continue;
    }
    const c = String.fromCodePoint(line.codePointAt(i) ?? 0);
    const prev = Array.from(line.slice(0, i)).pop() ?? '';
    const next = String.fromCodePoint(line.codePointAt(i + c.length) ?? 0);
    out += escapeChar(prev, c, i + c.length < line.length ? next : '');
    i += c.length;
  }
  return out;
}

/** The paragraphs of a Markdown summary as rst lines, one blank line between paragraphs. */
export function summaryToRst(markdown: string, reserved: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  for (const paragraph of markdown.split(/\n\s*\n/)) {
    const raw = paragraph
      .split('\n')
      .map(stripUnsafe)
      .filter((line) => line.trim() !== '');
    // A flat Markdown list stays a list; anything else is paragraph text.
    const isList = raw.length > 0 && raw.every((line) => /^- \S/.test(line));
    const body = raw.map((line) =>
      isList ? `- ${guardLine(inlineToRst(line.slice(2).trim()))}` : guardLine(inlineToRst(line.trim())),
    );
    if (body.length === 0) continue;
    // A paragraph that says only "KPIs:" would read as the start of a list.
    if (body.length === 1 && reserved.has(body[0] as string)) body[0] = `\\${body[0]}`;
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
    const link = /^`((?:[^`\\]|\\.)+) <([^<>`\s]+)>`__/.exec(rest);
    if (link) {
      out += `[${unescapeRst(link[1] as string)}](${link[2]})`;
      i += link[0].length;
      continue;
    }
    const literal = /^``(\S(?:.*?\S)?)``/.exec(rest);
    if (literal) {
      out += `\`${literal[1]}\``;
      i += literal[0].length;
      continue;
    }
    const strong = /^\*\*((?:[^*\\]|\\.)+)\*\*/.exec(rest);
    if (strong) {
      out += `**${unescapeRst(strong[1] as string)}**`;
      i += strong[0].length;
      continue;
    }
    const emphasis = /^\*((?:[^*\\]|\\.)+)\*/.exec(rest);
    if (emphasis) {
      out += `*${unescapeRst(emphasis[1] as string)}*`;
      i += emphasis[0].length;
      continue;
    }
    if (rest.startsWith('\\') && rest.length > 1) {
      const next = String.fromCodePoint(rest.codePointAt(1) ?? 0);
      out += MD_KEEPS_ESCAPE.has(next) ? `\\${next}` : next;
      i += 1 + next.length;
      continue;
    }
    out += line[i];
    i += 1;
  }
  return out;
}

/** The reverse of `summaryToRst` over paragraphs (each a list of lines). */
export function summaryFromRst(paragraphs: readonly (readonly string[])[]): string | undefined {
  const text = paragraphs.map((lines) => lines.map(inlineToMarkdown).join('\n')).join('\n\n');
  return text === '' ? undefined : text;
}
