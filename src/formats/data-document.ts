// JSON, YAML and TOML files: waymark/v1 documents as they are, other structured roadmaps (KEPs,
// release schedules, generic roadmap files) through the mappers of ./structured/.
import type { InterchangeDocument } from '../domain/interchange/index.ts';
import type { DataFormat } from './detect.ts';
import type { Warning } from './outline/types.ts';
import { type StructuredImportOptions, structuredDocument } from './structured/index.ts';

export type DataOptions = StructuredImportOptions;

export function dataDocument(
  text: string,
  format: DataFormat,
  options: DataOptions = {},
): { document: InterchangeDocument; warnings: Warning[] } {
  const { document, warnings } = structuredDocument(text, format, options);
  return { document, warnings };
}
