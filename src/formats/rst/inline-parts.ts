// Parts of the inline scanner that need no scanner state: references, substitutions, URLs.

import type { InlineBuilder } from '../outline/inline-builder.ts';
import { escapeMarkdown } from '../outline/markdown-text.ts';
import type { Inline } from '../outline/types.ts';
import type { InlineEnv } from './inline-scanner.ts';
import { resolveTarget, splitEmbedded, unescapeRst } from './refs.ts';

/** `name`_, `name`__, `text <url>`_, `text <name_>`_ and `name_`. */
export function renderReference(
  out: InlineBuilder,
  env: InlineEnv,
  content: string,
  anonymous: boolean,
  at: number,
): void {
  const embedded = splitEmbedded(content);
  let text = embedded?.text ?? unescapeRst(content);
  let url: string | undefined;
  if (embedded) {
    const target = embedded.target;
    if (/[^\\]_$/.test(target) && !/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      url = resolveTarget(env.targets, target.slice(0, -1));
    } else {
      url = target.replace(/\s+/g, '').replace(/\\(.)/g, '$1');
    }
    if (text === '') text = embedded.target;
  } else if (anonymous) {
    url = env.anonymous[env.anon.next];
    if (url === undefined) env.warn(at, 'anonymous reference without a matching anonymous target');
    else env.anon.next++;
  } else {
    url = resolveTarget(env.targets, content);
  }
  if (url) out.link(text, url);
  else out.plain(text);
}

export function renderSubstitution(
  out: InlineBuilder,
  env: InlineEnv,
  name: string,
  at: number,
  isReference: boolean,
  render: (raw: string, env: InlineEnv) => Inline,
): void {
  const subs = env.substitutions;
  const found = subs.get(name) ?? subs.get(name.toLowerCase());
  if (!found) {
    env.warn(at, `undefined substitution |${name}|`);
    out.plain(`|${name}|`);
    return;
  }
  const inline: Inline =
    found.markup && env.depth < 4
      ? render(found.raw, { ...env, depth: env.depth + 1 })
      : { text: found.raw, markdown: escapeMarkdown(found.raw), links: [], marks: [] };
  if (found.kind === 'image') inline.marks.push({ source: 'template', text: `|${name}|` });
  const url = isReference ? resolveTarget(env.targets, name) : undefined;
  if (url) {
    out.link(inline.text, url, inline.markdown);
    out.marks.push(...inline.marks);
  } else {
    out.append(inline);
  }
}

/** A standalone URL at `i`, trailing sentence punctuation excluded. */
export function scanUrl(s: string, i: number): { url: string; length: number } | undefined {
  let j = i;
  while (j < s.length && !/[\s<>`"]/.test(s[j] ?? '')) j++;
  let url = s.slice(i, j);
  // A closing parenthesis is the sentence's only when the URL has no opening one for it.
  let open = 0;
  for (const c of url) if (c === '(') open++;
  let close = 0;
  for (const c of url) if (c === ')') close++;
  for (;;) {
    const last = url[url.length - 1] ?? '';
    if (/[.,;:!?'*\]}\\]/.test(last)) url = url.slice(0, -1);
    else if (last === ')' && open < close) {
      url = url.slice(0, -1);
      close--;
    } else break;
  }
  if (!/:.*[\p{L}\p{N}]/u.test(url)) return undefined;
  return { url: url.replace(/\\(.)/g, '$1'), length: url.length };
}
