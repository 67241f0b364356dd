// Textile phrase modifiers and links to plain text, Markdown and links: `*strong*`, `_em_`,
// `@code@`, `-deleted-`, `+inserted+`, `^sup^`, `~sub~`, `??cite??`, `%span%`, `==raw==`,
// `"text":url`, `["text":url]`, `!image(alt)!`, bare URLs. One left-to-right scan; a failed search
// for a closing modifier is remembered, so the scan stays linear.
import { collapse } from '../outline/inline.ts';
import { InlineBuilder } from '../outline/inline-builder.ts';
import { codeSpan, escapeMarkdown } from '../outline/markdown-text.ts';
import type { Inline } from '../outline/types.ts';

const OPEN_PREV = /[\s([{"'>|\p{Ps}\p{Pi}\p{Pd}]/u;
const CLOSE_NEXT = /[\s)\]}"'<|.,;:!?\p{Pe}\p{Pf}\p{Pd}\p{Po}]/u;
const MODIFIERS = ['**', '__', '??', '==', '*', '_', '@', '-', '+', '^', '~', '%'];
const MODIFIER_START = '*_?=@-+^~%';
const URL = /(?:https?|ftp|mailto):[^\s<>"]+/y;
const LINK = /"([^"\n]*(?:\n[^"\n]*)?)":([^\s<>"]+)/y;
const IMAGE = /!([^\s!()]+)(?:\(([^)]*)\))?!(?::([^\s<>"]+))?/y;

/** Beyond this nesting, a phrase's content is kept as plain text (bounds recursion and time). */
const MAX_NESTING = 8;

export function renderTextile(text: string, aliases: Map<string, string>, depth = 0): Inline {
  const out = new InlineBuilder();
  const noClose = new Map<string, number>();
  let plainFrom = 0;
  let i = 0;
  let struckWhole = false;
  const flush = (to: number) => {
    if (to > plainFrom) out.plain(text.slice(plainFrom, to));
  };
  const take = (from: number, to: number) => {
    flush(from);
    plainFrom = to;
    i = to;
  };
  const opens = (at: number, length: number) => {
    const next = text[at + length];
    return next !== undefined && !/\s/.test(next) && (at === 0 || OPEN_PREV.test(text[at - 1] ?? ''));
  };
  const findClose = (mod: string, from: number): number => {
    const known = noClose.get(mod);
    if (known !== undefined && from >= known) return -1;
    let p = from;
    for (;;) {
      const e = text.indexOf(mod, p);
      if (e < 0) {
        noClose.set(mod, Math.min(known ?? from, from));
        return -1;
      }
      const after = text[e + mod.length];
      if (e > from && !/\s/.test(text[e - 1] ?? '') && (after === undefined || CLOSE_NEXT.test(after)))
        return e;
      p = e + 1;
    }
  };
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '"' || (ch === '[' && text[i + 1] === '"')) {
      const at = ch === '[' ? i + 1 : i;
      LINK.lastIndex = at;
      const m = LINK.exec(text);
      if (m) {
        let url = m[2] ?? '';
        let end = at + m[0].length;
        if (ch === '[') {
          const close = url.indexOf(']');
          if (close >= 0) {
            end -= url.length - close - 1;
            url = url.slice(0, close);
          }
        } else {
          const trimmed = trimPunctuation(url);
          end -= url.length - trimmed.length;
          url = trimmed;
        }
        const label = (m[1] ?? '').replace(/\s*\([^()]*\)$/, ''); // "text(title)"
        take(i, end);
        const inner = renderTextile(label, aliases, MAX_NESTING);
        out.link(inner.text, aliases.get(url) ?? url, inner.markdown);
        continue;
      }
    }
    if (ch === '!') {
      IMAGE.lastIndex = i;
      const m = IMAGE.exec(text);
      if (m && opensImage(text, i)) {
        take(i, i + m[0].length);
        const alt = m[2] ?? '';
        if (m[3]) out.link(alt, aliases.get(m[3]) ?? m[3]);
        else if (alt !== '') out.plain(alt);
        continue;
      }
    }
    if (/[a-z]/i.test(ch) && (i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ''))) {
      URL.lastIndex = i;
      const m = URL.exec(text);
      if (m) {
        const url = trimPunctuation(m[0]);
        take(i, i + url.length);
        out.markup(url, `<${url}>`);
        out.links.push({ url });
        continue;
      }
    }
    const mod = MODIFIER_START.includes(ch) ? MODIFIERS.find((m) => text.startsWith(m, i)) : undefined;
    if (mod && opens(i, mod.length)) {
      const e = findClose(mod, i + mod.length);
      if (e >= 0) {
        const inner = text.slice(i + mod.length, e);
        if (mod === '-' && i === 0 && e + 1 === text.trimEnd().length) struckWhole = true;
        take(i, e + mod.length);
        phrase(out, mod, inner, aliases, depth + 1);
        continue;
      }
    }
    i += mod ? mod.length : 1;
  }
  flush(text.length);
  const inline = out.build();
  if (struckWhole) inline.marks.push({ source: 'strike', text: inline.text });
  return inline;
}

/** Trailing sentence punctuation is not part of a URL (a loop: the regex form is quadratic). */
function trimPunctuation(url: string): string {
  let end = url.length;
  while (end > 0 && '.,;:!?)]'.includes(url[end - 1] ?? '')) end--;
  return url.slice(0, end);
}

function opensImage(text: string, i: number): boolean {
  return i === 0 || /[\s([{"'>]/.test(text[i - 1] ?? '');
}

function phrase(
  out: InlineBuilder,
  mod: string,
  inner: string,
  aliases: Map<string, string>,
  depth: number,
): void {
  if (mod === '@') {
    out.markup(inner, codeSpan(collapse(inner)));
    return;
  }
  if (mod === '==') {
    out.plain(inner);
    return;
  }
  const content =
    depth >= MAX_NESTING
      ? { text: inner, markdown: escapeMarkdown(inner), links: [], marks: [] }
      : renderTextile(inner, aliases, depth);
  const md = content.markdown;
  switch (mod) {
    case '*':
    case '**':
      out.markup(content.text, `**${md}**`);
      // A bold "(done)" or "[WIP]" marks status in the markup itself.
      if (/^[([][^()[\]]+[)\]]$/.test(content.text)) out.marks.push({ source: 'marker', text: content.text });
      break;
    case '_':
    case '__':
    case '??':
      out.markup(content.text, `*${md}*`);
      break;
    case '-':
      out.markup(content.text, `~~${md}~~`);
      break;
    default:
      // +inserted+, ^sup^, ~sub~, %span% (a `%{color:red}x%` span keeps its words).
      out.markup(
        content.text.replace(/^\{[^}]*\}/, ''),
        escapeMarkdown(collapse(content.text.replace(/^\{[^}]*\}/, ''))),
      );
  }
  out.links.push(...content.links);
  out.marks.push(...content.marks);
}
