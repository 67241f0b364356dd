// markdown-it set up for CommonMark + GFM as GitHub reads it: tables, strikethrough with one or
// two tildes (strike.ts), task list items (here), raw HTML; link destinations kept as written.
// Every block token records where it starts (`meta.at`, an offset in the text it was read
// from), so positions have columns as well as lines.
import MarkdownIt, { type StateBlock, type StateCore, type Token } from 'markdown-it';
import { footnoteDefinition } from './footnote.ts';
import { protocolAutolink } from './literal.ts';
import { strikethrough } from './strike.ts';

export interface Reference {
  href: string;
  title: string;
}

/** Link reference definitions by markdown-it's normalised label (upper case). */
export type References = Record<string, Reference>;

/** What the engine adds to a token's `meta`. */
export interface TokenMeta {
  /** Offset of the token's first character in the parsed text. */
  at?: number;
  /** On `list_item_open`: the task checkbox, as written. */
  checkbox?: string;
  checked?: boolean;
}

export const engine = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
engine.set({ maxNesting: 1000 });
engine.disable(['normalize', 'linkify', 'replacements', 'smartquotes']);
engine.normalizeLink = (url) => url;
engine.normalizeLinkText = (url) => url;
engine.validateLink = () => true;
engine.inline.ruler.at('strikethrough', strikethrough.tokenize);
engine.inline.ruler.before('linkify', 'gfm_protocol_autolink', protocolAutolink);
engine.inline.ruler2.at('strikethrough', strikethrough.postProcess);
engine.core.ruler.after('block', 'waymark_tasks', taskItems);
engine.block.ruler.before('reference', 'footnote_definition', footnoteDefinition, {
  alt: ['paragraph', 'reference', 'blockquote', 'list'],
});
const gfmTable = ruleNamed('table');
engine.block.ruler.at(
  'table',
  (state, start, end, silent) => !opensContainer(state, start) && gfmTable(state, start, end, silent),
  {
    alt: ['paragraph', 'reference'],
  },
);

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;
interface RuleEntry {
  name: string;
  fn: BlockRule;
}

function ruleNamed(name: string): BlockRule {
  const rules = (engine.block.ruler as unknown as { __rules__: RuleEntry[] }).__rules__;
  const rule = rules.find((entry) => entry.name === name);
  if (!rule) throw new Error(`markdown-it has no block rule ${name}`);
  return rule.fn;
}

/** A block quote or list item starts on the line: in GFM, containers come before a table. */
function opensContainer(state: StateBlock, line: number): boolean {
  const src = state.src;
  let pos = (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
  const max = state.eMarks[line] ?? 0;
  const ch = src.charCodeAt(pos);
  if (ch === 0x3e) return true;
  const spaceAfter = (at: number) => at >= max || src.charCodeAt(at) === 0x20 || src.charCodeAt(at) === 0x09;
  if (ch === 0x2d || ch === 0x2b || ch === 0x2a) return spaceAfter(pos + 1);
  const from = pos;
  while (pos < max && pos - from < 9 && src.charCodeAt(pos) >= 0x30 && src.charCodeAt(pos) <= 0x39) pos++;
  const delimiter = src.charCodeAt(pos);
  return pos > from && (delimiter === 0x2e || delimiter === 0x29) && spaceAfter(pos + 1);
}

/** Each block rule notes the offset of its first token; list items note theirs when pushed. */
function recordPositions(md: typeof engine): void {
  const ruler = md.block.ruler as unknown as { __rules__: RuleEntry[]; __cache__: unknown };
  for (const rule of ruler.__rules__) {
    const fn = rule.fn;
    rule.fn = (state, startLine, endLine, silent) => {
      if (silent) return fn(state, startLine, endLine, silent);
      const before = state.tokens.length;
      const at = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
      const ok = fn(state, startLine, endLine, silent);
      const first = state.tokens[before];
      if (ok && first && first.meta === null) {
        first.meta = { at: first.type === 'code_block' ? indentStart(state, startLine) : at };
      }
      return ok;
    };
  }
  ruler.__cache__ = null;
  const Base = md.block.State;
  md.block.State = class extends Base {
    override push(type: string, tag: string, nesting: -1 | 0 | 1): Token {
      const token = super.push(type, tag, nesting);
      if (type === 'list_item_open')
        token.meta = { at: (this.bMarks[this.line] ?? 0) + (this.tShift[this.line] ?? 0) };
      return token;
    }
  };
}
recordPositions(engine);

/** Where indented code starts: its indentation within the enclosing container counts. */
function indentStart(state: StateBlock, line: number): number {
  const from = state.bMarks[line] ?? 0;
  const shift = state.tShift[line] ?? 0;
  return from + Math.min(shift, Math.max(0, state.blkIndent));
}

const CHECKBOX = /^\[([ \t\nxX])\](?:\n|[ \t]+(?=[^ \t]))/;

/** GFM task items: `[ ]`, `[x]` opening the first paragraph of a list item. */
function taskItems(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 2; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type !== 'inline' || tokens[i - 1]?.type !== 'paragraph_open') continue;
    const item = tokens[i - 2] as Token;
    if (item.type !== 'list_item_open') continue;
    const match = CHECKBOX.exec(token.content);
    if (!match) continue;
    const value = match[1] as string;
    const checked = value === 'x' || value === 'X';
    const meta = (item.meta ?? {}) as TokenMeta;
    meta.checked = checked;
    meta.checkbox = value === '\n' ? '[ ]' : `[${value}]`;
    item.meta = meta as Record<string, unknown>;
    token.content = token.content.slice(3).trimStart();
  }
}

/** The text as markdown-it reads it: line endings as `\n`, NUL as U+FFFD (one for one). */
export function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\0/g, '\ufffd');
}

/** Block tokens for normalised text; `references` are known beforehand (from the whole document). */
export function parseTokens(text: string, references: References): Token[] {
  return engine.parse(text, { references: Object.create(references) as References });
}

/** The link reference definitions of a small document of candidate definitions. */
export function readReferences(text: string): References {
  const env: { references?: References } = { references: Object.create(null) as References };
  if (text !== '') engine.parse(normalise(text), env);
  return env.references ?? (Object.create(null) as References);
}
