// The roadmap's metadata as YAML front matter. It is written by hand rather than by a YAML
// library so that every string survives (YAML libraries write some line-breaking characters raw)
// and the output is the same byte for byte; it is read with the `yaml` package's failsafe schema,
// which keeps every scalar a string (`version: 1.0` stays "1.0").
import { isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import type { Link, Period, Roadmap, Source } from '../../domain/interchange/index.ts';
import { periodIsDerived } from './values.ts';

export const MARKER_KEY = 'waymark';
export const MARKER_VERSION = '1';

// Plain scalars only where every YAML reader agrees they are this string.
const PLAIN = /^(?:[A-Za-z][A-Za-z0-9._/-]*(?: [A-Za-z0-9._/-]+)*|\d{4}-\d{2}-\d{2})$/;
const YAML_WORDS = /^(?:true|false|yes|no|y|n|on|off|null|nan|inf)$/i;
const NEEDS_ESCAPE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

export function yamlString(value: string): string {
  if (PLAIN.test(value) && !YAML_WORDS.test(value)) return value;
  // JSON strings are YAML double-quoted scalars; JSON leaves a few line-breaking characters raw.
  return JSON.stringify(value).replace(
    NEEDS_ESCAPE,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Which roadmap keys live in the front matter. */
export type FrontMatterKeys = Pick<
  Roadmap,
  'id' | 'version' | 'updated' | 'period' | 'links' | 'fields' | 'source' | 'sections' | 'items' | 'checkins'
>;

/** Lists of the body that are written in the front matter only when they are empty. */
export const EMPTY_LIST_KEYS = ['sections', 'items', 'checkins'] as const;

export function writeFrontMatter(roadmap: FrontMatterKeys): string {
  const lines = ['---', `${MARKER_KEY}: ${MARKER_VERSION}`, `id: ${yamlString(roadmap.id)}`];
  if (roadmap.version !== undefined) lines.push(`version: ${yamlString(roadmap.version)}`);
  if (roadmap.updated !== undefined) lines.push(`updated: ${roadmap.updated}`);
  if (roadmap.period) lines.push(...periodLines(roadmap.period));
  if (roadmap.links) {
    lines.push(roadmap.links.length === 0 ? 'links: []' : 'links:');
    for (const link of roadmap.links) {
      lines.push(`  - url: ${yamlString(link.url)}`);
      if (link.title !== undefined) lines.push(`    title: ${yamlString(link.title)}`);
    }
  }
  if (roadmap.fields) {
    const entries = Object.entries(roadmap.fields);
    lines.push(entries.length === 0 ? 'fields: {}' : 'fields:');
    for (const [key, value] of entries) lines.push(`  ${yamlString(key)}: ${yamlString(value)}`);
  }
  for (const key of EMPTY_LIST_KEYS) if (roadmap[key]?.length === 0) lines.push(`${key}: []`);
  if (roadmap.source) {
    const { format, path, sha256 } = roadmap.source;
    lines.push('source:', `  format: ${yamlString(format)}`);
    if (path !== undefined) lines.push(`  path: ${yamlString(path)}`);
    if (sha256 !== undefined) lines.push(`  sha256: ${sha256}`);
  }
  lines.push('---');
  return lines.join('\n');
}

function periodLines(period: Period): string[] {
  // A period whose dates follow from its label is just the label.
  if (periodIsDerived(period)) return [`period: ${yamlString(period.label)}`];
  return [
    'period:',
    `  label: ${yamlString(period.label)}`,
    ...(period.start ? [`  start: ${period.start}`] : []),
    ...(period.end ? [`  end: ${period.end}`] : []),
  ];
}

export interface FrontMatterProblem {
  /** 1-based line within the YAML text. */
  line: number;
  message: string;
}

/** The YAML as plain data: strings, arrays and objects, with every key an own property. */
export type YamlValue = string | YamlValue[] | { [key: string]: YamlValue };

export function readYaml(source: string): { value?: YamlValue; problems: FrontMatterProblem[] } {
  const problems: FrontMatterProblem[] = [];
  const doc = parseDocument(source, { schema: 'failsafe', prettyErrors: false, uniqueKeys: true });
  for (const error of [...doc.errors, ...doc.warnings]) {
    problems.push({ line: error.linePos?.[0]?.line ?? 1, message: error.message.split('\n')[0] ?? '' });
  }
  if (doc.errors.length > 0) return { problems };
  return { value: toValue(doc.contents as Node | null), problems };
}

function toValue(node: Node | null | undefined): YamlValue {
  if (isMap(node)) {
    const out: { [key: string]: YamlValue } = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : JSON.stringify(pair.key);
      // `__proto__` is an ordinary key in a roadmap's fields.
      Object.defineProperty(out, key, {
        value: toValue(pair.value as Node | null),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  if (isSeq(node)) return node.items.map((item) => toValue(item as Node | null));
  if (isScalar(node)) return node.value === null || node.value === undefined ? '' : String(node.value);
  return '';
}

export type { Link, Source };
