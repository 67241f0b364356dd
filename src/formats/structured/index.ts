// Structured roadmaps in JSON, YAML and TOML: interchange documents as they are, and KEPs,
// release schedules and generic roadmap files mapped to waymark/v1.
import { createHash } from 'node:crypto';
import { type InterchangeDocument, validateDocument } from '../../domain/interchange/index.ts';
import type { DataFormat } from '../detect.ts';
import type { Warning } from '../outline/types.ts';
import { type StructuredKind, type StructuredOptions, structuredRoadmap } from './dispatch.ts';
import { parseData } from './parse-data.ts';
import { isRecord } from './values.ts';

export type { StructuredKind, StructuredOptions } from './dispatch.ts';
export { kepReadmeDescription } from './kep-readme.ts';
export { type KeyMap, parseKeyMap, ROLES } from './key-roles.ts';

export interface StructuredDocument {
  kind: StructuredKind | 'interchange';
  document: InterchangeDocument;
  warnings: Warning[];
}

export interface StructuredImportOptions extends StructuredOptions {
  /** Overrides the roadmap id the mapping gives. */
  id?: string;
  /** The title when the data names none (from the file name). */
  fallbackTitle?: string;
}

/** A JSON, YAML or TOML text as a validated waymark/v1 document; ValidationError when it is none. */
export function structuredDocument(
  text: string,
  format: DataFormat,
  options: StructuredImportOptions = {},
): StructuredDocument {
  const value = parseData(text, format);
  // An interchange document is taken as it is: a wrong one is refused with its own issues.
  if (isRecord(value) && typeof value.format === 'string' && value.format.startsWith('waymark/')) {
    return { kind: 'interchange', document: validateDocument(value), warnings: [] };
  }
  const { kind, roadmap, warnings } = structuredRoadmap(value, options.fallbackTitle, options);
  const sha256 = createHash('sha256').update(text).digest('hex');
  const document = validateDocument({
    format: 'waymark/v1',
    roadmap: {
      ...roadmap,
      ...(options.id ? { id: options.id } : {}),
      source: { format, ...(options.path ? { path: options.path } : {}), sha256 },
    },
  });
  return { kind, document, warnings };
}

/** A KEP's kep.yaml with its README.md, both as text. */
export function kepDocument(
  kepYaml: string,
  readme?: string,
  options: StructuredImportOptions = {},
): StructuredDocument {
  return structuredDocument(kepYaml, 'yaml', {
    path: 'kep.yaml',
    ...options,
    ...(readme !== undefined ? { readme } : {}),
  });
}
