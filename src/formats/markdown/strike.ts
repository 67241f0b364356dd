// GFM strikethrough as GitHub reads it: `~one~` or `~~two~~`, a run closing only a run of the
// same length; runs of three or more tildes are text. (markdown-it's own rule takes only `~~`.)
import type { StateInline, Token } from 'markdown-it';

type Delimiter = StateInline['delimiters'][number];

const TILDE = 0x7e;
/** The marker single tildes are filed under, so that they pair only among themselves. */
const SINGLE = 0x1007e;

function tokenize(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (silent || state.src.charCodeAt(start) !== TILDE) return false;
  const scanned = state.scanDelims(start, true);
  const length = scanned.length;
  const token = state.push('text', '', 0);
  token.content = state.src.slice(start, start + length);
  if (length <= 2) {
    state.delimiters.push({
      marker: length === 1 ? SINGLE : TILDE,
      length: 0,
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close,
    });
  }
  state.pos += length;
  return true;
}

function pair(state: StateInline, delimiters: readonly Delimiter[]): void {
  for (const opener of delimiters) {
    if ((opener.marker !== TILDE && opener.marker !== SINGLE) || opener.end === -1) continue;
    const closer = delimiters[opener.end];
    const open = state.tokens[opener.token];
    const close = closer ? state.tokens[closer.token] : undefined;
    if (!open || !close) continue;
    retype(open, 's_open', 1);
    retype(close, 's_close', -1);
  }
}

function retype(token: Token, type: string, nesting: 1 | -1): void {
  token.markup = token.content;
  token.type = type;
  token.tag = 's';
  token.nesting = nesting;
  token.content = '';
}

function postProcess(state: StateInline): void {
  pair(state, state.delimiters);
  for (const meta of state.tokens_meta) if (meta?.delimiters) pair(state, meta.delimiters);
}

export const strikethrough = { tokenize, postProcess };
