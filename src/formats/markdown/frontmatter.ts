// YAML front matter into document metadata. Scalars are kept as written; a list of scalars is
// joined with `, `; anything else is kept as JSON. Errors become warnings, never exceptions.
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Warning } from '../outline/types.ts';

export interface FrontMatter {
  meta: Record<string, string>;
  title?: string;
}

/** A YAML front matter block opening the document (after a byte order mark, if any). */
export function findFrontMatter(input: string): { value: string; end: number } | undefined {
  const firstLine = /^\ufeff?---[ \t]*(\r\n|\r|\n)/.exec(input);
  if (!firstLine) return undefined;
  const close = /(\r\n|\r|\n)---[ \t]*(\r\n|\r|\n|$)/g;
  close.lastIndex = firstLine[0].length - (firstLine[1]?.length ?? 0);
  const match = close.exec(input);
  if (!match) return undefined;
  return { value: input.slice(firstLine[0].length, match.index), end: match.index + match[0].length };
}

/** `firstLine` is the document line of the YAML's first line (the one after `---`). */
export function readFrontMatter(source: string, firstLine: number, warnings: Warning[]): FrontMatter {
  const meta: Record<string, string> = {};
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false });
  for (const error of [...doc.errors, ...doc.warnings]) {
    const at = error.linePos?.[0];
    warnings.push({
      line: firstLine + (at ? at.line - 1 : 0),
      column: at ? at.col : 1,
      message: `front matter: ${error.message.split('\n')[0]}`,
    });
  }
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { meta };
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined || key in meta) continue;
    const value = valueText(pair.value);
    if (value !== undefined) meta[key] = value;
  }
  const title = meta.title;
  return title !== undefined && title.trim() !== '' ? { meta, title: title.trim() } : { meta };
}

function valueText(node: unknown): string | undefined {
  if (node === null || node === undefined) return undefined;
  if (isScalar(node)) return node.value === null ? undefined : String(node.value);
  if (isSeq(node) && node.items.every((item) => isScalar(item))) {
    return node.items.map((item) => (isScalar(item) ? String(item.value) : '')).join(', ');
  }
  try {
    const js = (node as { toJSON?: () => unknown }).toJSON?.();
    return js === undefined ? undefined : JSON.stringify(js);
  } catch {
    return undefined;
  }
}
