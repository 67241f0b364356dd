// GFM footnote definitions (`[^label]: text`, continued by lines indented four spaces) as a
// container block, so that they are neither link reference definitions nor paragraph text; their
// content is walked through like a block quote's. References (`[^label]`) stay as text.
import type { StateBlock } from 'markdown-it';

const MAX_LABEL = 999;

export function footnoteDefinition(
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean,
): boolean {
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  const src = state.src;
  const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
  const max = state.eMarks[startLine] ?? 0;
  if (src.charCodeAt(start) !== 0x5b || src.charCodeAt(start + 1) !== 0x5e) return false;
  let pos = start + 2;
  for (; pos < max && pos - start <= MAX_LABEL; pos++) {
    const ch = src.charCodeAt(pos);
    if (ch === 0x5d) break;
    if (ch === 0x20 || ch === 0x09 || ch === 0x5b) return false;
    if (ch === 0x5c) pos++;
  }
  if (pos === start + 2 || src.charCodeAt(pos) !== 0x5d || src.charCodeAt(pos + 1) !== 0x3a) return false;
  if (silent) return true;
  pos += 2;
  const open = state.push('footnote_definition_open', '', 1);
  open.map = [startLine, 0];
  const oldBMark = state.bMarks[startLine] ?? 0;
  const oldTShift = state.tShift[startLine] ?? 0;
  const oldSCount = state.sCount[startLine] ?? 0;
  const oldParentType = state.parentType;
  const afterColon = pos;
  const initial = oldSCount + afterColon - start;
  let offset = initial;
  for (; pos < max; pos++) {
    const ch = src.charCodeAt(pos);
    if (ch === 0x09) offset += 4 - (offset % 4);
    else if (ch === 0x20) offset++;
    else break;
  }
  state.bMarks[startLine] = afterColon;
  state.tShift[startLine] = pos - afterColon;
  state.sCount[startLine] = offset - initial;
  state.blkIndent += 4;
  state.parentType = 'footnote' as typeof state.parentType;
  if ((state.sCount[startLine] ?? 0) < state.blkIndent)
    state.sCount[startLine] = (state.sCount[startLine] ?? 0) + state.blkIndent;
  state.md.block.tokenize(state, startLine, endLine);
  state.parentType = oldParentType;
  state.blkIndent -= 4;
  state.bMarks[startLine] = oldBMark;
  state.tShift[startLine] = oldTShift;
  state.sCount[startLine] = oldSCount;
  if (state.line <= startLine) state.line = startLine + 1;
  open.map[1] = state.line;
  state.push('footnote_definition_close', '', -1);
  return true;
}
