// Field lists as the reader sees them: `- Key: value` items, each with its raw value, the
// sub-list under it, and where it stands for warnings.
import type { MdNode } from './blocks.ts';
import { decodeText, findUnescaped } from './inline-text.ts';

export interface FieldLine {
  /** Decoded key, or undefined when the line is not `Key: value`. */
  key?: string;
  /** Raw (still encoded) value; for a line without a key, the whole line. */
  value: string;
  /** The whole raw line, key included. */
  raw: string;
  /** Items of the list nested under the line. */
  children: FieldLine[];
  /** The task box of the line, when it has one. */
  checked?: boolean;
  /** 0-based line in the body. */
  line: number;
  /** Blocks under the line other than one nested list: they are not read. */
  extra: number;
}

/** Whether a block is a field list: a `-` bullet list. */
export function isFieldList(block: MdNode | undefined): block is MdNode {
  return block?.type === 'bullet_list' && block.markup === '-';
}

export function fieldLines(list: MdNode): FieldLine[] {
  return list.children
    .filter((child) => child.type === 'list_item')
    .map((item) => {
      const [first, ...rest] = item.children;
      const inline = first?.type === 'paragraph' ? (first.inline ?? '') : '';
      const body = first?.type === 'paragraph' ? rest : item.children;
      const nested = body.find((block) => block.type === 'bullet_list' || block.type === 'ordered_list');
      const children = nested ? fieldLines(nested) : [];
      const colon = findUnescaped(inline, ':');
      const checked = item.meta?.checked;
      return {
        ...(colon > 0 ? { key: decodeText(inline.slice(0, colon).trim()) } : {}),
        value: colon > 0 ? inline.slice(colon + 1).trim() : inline.trim(),
        raw: inline.trim(),
        children,
        ...(checked !== undefined ? { checked } : {}),
        line: item.map[0],
        extra: body.length - (nested ? 1 : 0),
      };
    });
}
