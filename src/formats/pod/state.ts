// The state of one POD parse, shared by the paragraph and list readers.
import type { Block, Inline, Warning } from '../outline/types.ts';
import { renderCodes } from './codes.ts';
import type { ListState } from './lists.ts';

export interface PodState {
  lines: string[];
  warnings: Warning[];
  root: Block[];
  lists: ListState[];
}

export function podWarn(state: PodState, line: number, column: number, message: string): void {
  if (state.warnings.length < 1000) state.warnings.push({ line: line + 1, column: column + 1, message });
}

export function inline(state: PodState, text: string, line: number, column: number): Inline {
  return renderCodes(text, (offset, message) => {
    const before = text.slice(0, offset);
    const nl = before.lastIndexOf('\n');
    const lineIndex = nl < 0 ? 0 : before.split('\n').length - 1;
    podWarn(state, line + lineIndex, nl < 0 ? column + offset : offset - nl - 1, message);
  });
}
