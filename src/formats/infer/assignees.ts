// Some lists lead each entry with the name of whoever does it (`Sam: Add support for multiple
// windows`, `Sam/Jiang/Daniel: Create IME API`). A name alone cannot be told from a label
// (`Windows: …`, `Repository: …`), so the convention is taken from the document: it holds when
// one name leads several entries of one list, which no field does (a thing has each field once).
// Then every entry led by a name-shaped key of no known role is assigned.
import type { Block, ListItem } from '../outline/types.ts';
import type { NodeContent } from './content.ts';
import type { InferContext } from './context.ts';
import { classifyFieldKey, splitFieldLine } from './extract/index.ts';

// `Sam`, `Mason Wheeler`, `Sam/Jiang/Daniel`, `Mason Wheeler and Gabriel Jacobo`.
const NAME = String.raw`\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?`;
const NAMES = new RegExp(String.raw`^${NAME}(?:\s*(?:/|,|&|\band\b)\s*${NAME})*$`, 'u');

function nameKey(entry: ListItem): string | undefined {
  const line = splitFieldLine(entry.text);
  if (!line || line.value === '' || !NAMES.test(line.key)) return undefined;
  return classifyFieldKey(line.key) === 'other' ? line.key : undefined;
}

function splitNames(key: string): string[] {
  return key
    .split(/\s*(?:\/|,|&|\band\b)\s*/u)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** Whether the document leads entries with the names of who does them. */
export function usesAssignees(blocks: readonly Block[]): boolean {
  const visit = (list: readonly Block[]): boolean =>
    list.some((block) => {
      if (block.kind !== 'list') return false;
      const keys = block.items.flatMap((entry) => nameKey(entry) ?? []);
      return new Set(keys).size < keys.length || block.items.some((entry) => visit(entry.children));
    });
  return visit(blocks);
}

/** The people an entry's text starts with, and the text after them. */
export function assigneesOf(text: string): { leads: string[]; rest: string } | undefined {
  const line = splitFieldLine(text);
  if (!line || line.value === '' || !NAMES.test(line.key) || classifyFieldKey(line.key) !== 'other')
    return undefined;
  return { leads: splitNames(line.key), rest: line.value };
}

/**
 * In a document that assigns entries, a list of nothing but `Name: task` lines (a list of one
 * such line, under "Complete") is a list of assigned entries, not fields: they are moved back to
 * the entries, in order.
 */
export function liftAssigned(content: NodeContent, ctx: InferContext): void {
  if (!ctx.assignees) return;
  const lifted = content.fields.filter(
    (field) => field.role === 'other' && field.value.text !== '' && NAMES.test(field.key),
  );
  if (lifted.length === 0) return;
  content.fields = content.fields.filter((field) => !lifted.includes(field));
  for (const field of lifted) {
    const text = `${field.key}: ${field.value.text}`;
    content.entries.push({
      text,
      markdown: `${field.key}: ${field.value.markdown}`,
      links: field.value.links,
      marks: field.value.marks,
      children: field.children,
      pos: { line: 0, column: 0 },
    });
  }
}
