// `=over` / `=item` / `=back`. An `=item *` (or the common `=item*` without a space) is a bullet,
// `=item 1.` a number, any other `=item text` a term: all three become list items whose text is
// what follows the marker, and whose children are the paragraphs up to the next item.
import type { Block, ListBlock, ListItem } from '../outline/types.ts';
import { inline, type PodState, podWarn } from './state.ts';

export interface ListState {
  /** Where the list goes once its first item opens it. */
  container: Block[];
  list?: ListBlock;
  item?: ListItem;
  /** An item with no text of its own takes the next ordinary paragraph. */
  awaitingText: boolean;
  line: number;
}

export function openItem(state: PodState, rest: string, line: number, col: number): void {
  let list = state.lists[state.lists.length - 1];
  if (!list) {
    podWarn(state, line, 0, '=item outside =over');
    list = { container: state.root, line, awaitingText: false };
    state.lists.push(list);
  }
  const bullet = /^\*\s*/.exec(rest);
  const number = bullet ? null : /^(\d+)\.?(?:\s+|$)/.exec(rest);
  const marker = bullet?.[0] ?? number?.[0] ?? '';
  const text = rest.slice(marker.length);
  const ordered = number !== null;
  if (!list.list || (list.list.ordered !== ordered && list.list.items.length > 0)) {
    list.list = { kind: 'list', ordered, items: [], pos: { line: line + 1, column: 1 } };
    list.container.push(list.list);
  }
  const item: ListItem = {
    ...inline(state, text, line, col + marker.length),
    children: [],
    pos: { line: line + 1, column: 1 },
  };
  list.list.items.push(item);
  list.item = item;
  list.awaitingText = text.trim() === '';
}
