// Interpreted text roles (`:ref:`, `:doc:`, `:pep:`, `:code:`, Sphinx domain roles) and hyperlink
// target resolution. Cross-references become their visible text: the document they point into is
// not ours to read.
import { collapse } from '../outline/inline.ts';
import type { InlineBuilder } from '../outline/inline-builder.ts';
import { codeSpan, escapeMarkdown } from '../outline/markdown-text.ts';
import { splitEmbedded, unescapeRst } from './refs.ts';

const CODE_ROLES = new Set([
  'code',
  'literal',
  'file',
  'command',
  'samp',
  'program',
  'envvar',
  'option',
  'kbd',
  'makevar',
  'mimetype',
  'regexp',
  'math',
  'func',
  'meth',
  'class',
  'mod',
  'attr',
  'data',
  'exc',
  'obj',
  'const',
  'var',
  'member',
  'type',
  'macro',
  'manpage',
]);
const EMPHASIS_ROLES = new Set(['emphasis', 'title-reference', 'title', 't', 'dfn']);
const STRONG_ROLES = new Set(['strong']);

export function renderInterpreted(out: InlineBuilder, role: string | undefined, content: string): void {
  const name = (role ?? '').toLowerCase();
  const local = name.includes(':') ? name.slice(name.lastIndexOf(':') + 1) : name;
  if (name === 'pep' || name === 'rfc') {
    const [num = '', anchor] = unescapeRst(content).trim().split('#');
    const n = Number.parseInt(num, 10);
    if (Number.isFinite(n)) {
      const url =
        name === 'pep'
          ? `https://peps.python.org/pep-${String(n).padStart(4, '0')}/${anchor ? `#${anchor}` : ''}`
          : `https://datatracker.ietf.org/doc/html/rfc${n}.html${anchor ? `#${anchor}` : ''}`;
      out.link(`${name.toUpperCase()} ${n}`, url);
      return;
    }
  }
  const text = displayText(content, local);
  if (role === undefined || EMPHASIS_ROLES.has(local)) {
    out.markup(text, text.trim() === '' ? '' : `*${escapeMarkdown(collapse(text))}*`);
  } else if (STRONG_ROLES.has(local)) {
    out.markup(text, `**${escapeMarkdown(collapse(text))}**`);
  } else if (CODE_ROLES.has(local) || name.includes(':')) {
    out.markup(text, codeSpan(collapse(text)));
  } else {
    // ref, doc, term, abbr, sub, sup, guilabel, issue trackers of Sphinx extensions…: their words.
    out.plain(text);
  }
}

function displayText(content: string, role: string): string {
  const embedded = splitEmbedded(content);
  if (embedded && embedded.text !== '') return embedded.text;
  let text = unescapeRst(content);
  if (embedded) text = embedded.target;
  if (role === 'abbr' && text.trimEnd().endsWith(')')) {
    const open = text.lastIndexOf('(');
    if (open >= 0) return text.slice(0, open).trimEnd();
  }
  // Sphinx: `~a.b.c` shows `c`, `!x` suppresses the link.
  if (text.startsWith('~')) text = text.slice(1).split('.').pop() ?? text;
  if (text.startsWith('!')) text = text.slice(1);
  return text;
}
