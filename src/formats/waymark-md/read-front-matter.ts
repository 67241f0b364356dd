// The roadmap keys of the front matter, checked one by one: a bad value is left out with a
// warning at its line, the rest is still read.
import type { Link, Period, Roadmap, Source } from '../../domain/interchange/index.ts';
import { EMPTY_LIST_KEYS, MARKER_KEY, MARKER_VERSION, readYaml, type YamlValue } from './front-matter.ts';
import { derivedPeriod, isIsoDate } from './values.ts';

export type FrontMatterRoadmap = Partial<
  Pick<Roadmap, 'id' | 'title' | 'version' | 'updated' | 'period' | 'links' | 'fields' | 'source'>
> & {
  /** Lists the front matter says are empty (`items: []`) rather than absent. */
  empty?: Set<(typeof EMPTY_LIST_KEYS)[number]>;
};

const SLUG = /^[a-z0-9][a-z0-9._-]*$/;
const SHA256 = /^[0-9a-f]{64}$/;
const KNOWN = new Set<string>([
  ...EMPTY_LIST_KEYS,
  MARKER_KEY,
  'id',
  'title',
  'version',
  'updated',
  'period',
  'links',
  'fields',
  'source',
]);

type Map = { [key: string]: YamlValue };
const isMap = (value: YamlValue | undefined): value is Map =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: YamlValue | undefined): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** `report` takes the 1-based line within the YAML, which is the 0-based line of the file. */
export function readFrontMatterKeys(
  yaml: string | undefined,
  report: (line: number, message: string) => void,
): FrontMatterRoadmap {
  if (yaml === undefined) return {};
  const { value, problems } = readYaml(yaml);
  for (const problem of problems) report(problem.line, `front matter: ${problem.message}`);
  if (value === undefined) return {};
  if (!isMap(value)) {
    report(1, 'the front matter must be a YAML mapping of keys');
    return {};
  }
  const lineOf = (key: string) => {
    const at = yaml.search(new RegExp(`^["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`, 'm'));
    return at < 0 ? 1 : yaml.slice(0, at).split('\n').length;
  };
  const bad = (key: string, message: string) =>
    report(lineOf(key), `front matter "${key}" ${message}; it is not read`);

  if (value[MARKER_KEY] !== MARKER_VERSION) {
    report(
      lineOf(MARKER_KEY),
      `"${MARKER_KEY}: ${MARKER_VERSION}" marks a Waymark Markdown file; read as version 1`,
    );
  }
  for (const key of Object.keys(value)) if (!KNOWN.has(key)) bad(key, 'is not a key of the convention');
  const out: FrontMatterRoadmap = {};
  if (value.id !== undefined) {
    if (typeof value.id === 'string' && SLUG.test(value.id) && value.id.length <= 200) out.id = value.id;
    else bad('id', 'must be a lower-case slug (letters, digits, ".", "_", "-")');
  }
  for (const key of ['title', 'version'] as const) {
    if (value[key] === undefined) continue;
    const given = text(value[key]);
    if (given !== undefined) out[key] = given;
    else bad(key, 'must be a non-empty string');
  }
  if (value.updated !== undefined) {
    if (typeof value.updated === 'string' && isIsoDate(value.updated)) out.updated = value.updated;
    else bad('updated', 'must be a date written YYYY-MM-DD');
  }
  if (value.period !== undefined) {
    const period = readPeriodValue(value.period);
    if (period) out.period = period;
    else bad('period', 'must be a label, or label with start and end dates YYYY-MM-DD');
  }
  if (value.links !== undefined) {
    const links = Array.isArray(value.links) ? value.links.map(readLink) : undefined;
    if (links?.every((link) => link !== undefined)) out.links = links as Link[];
    else bad('links', 'must be a list of {url, title}');
  }
  if (value.fields !== undefined) {
    const fields = value.fields;
    if (isMap(fields) && Object.values(fields).every((field) => text(field) !== undefined)) {
      out.fields = fields as Record<string, string>;
    } else bad('fields', 'must map names to non-empty strings');
  }
  for (const key of EMPTY_LIST_KEYS) {
    if (value[key] === undefined) continue;
    if (Array.isArray(value[key]) && value[key].length === 0) {
      out.empty ??= new Set();
      out.empty.add(key);
    } else bad(key, 'may only be [] (an empty list): its entries are headings');
  }
  if (value.source !== undefined) {
    const source = readSource(value.source);
    if (source) out.source = source;
    else bad('source', 'must be {format, path, sha256}');
  }
  return out;
}

function readPeriodValue(value: YamlValue): Period | undefined {
  const label = text(value);
  if (label !== undefined) return { label, ...derivedPeriod(label) };
  if (!isMap(value) || text(value.label) === undefined) return undefined;
  const { start, end } = value;
  if (Object.keys(value).some((key) => key !== 'label' && key !== 'start' && key !== 'end')) return undefined;
  if (
    (start !== undefined && !(typeof start === 'string' && isIsoDate(start))) ||
    (end !== undefined && !(typeof end === 'string' && isIsoDate(end)))
  )
    return undefined;
  return {
    label: value.label as string,
    ...(start !== undefined ? { start: start as string } : {}),
    ...(end !== undefined ? { end: end as string } : {}),
  };
}

function readLink(value: YamlValue): Link | undefined {
  if (!isMap(value) || text(value.url) === undefined) return undefined;
  if (Object.keys(value).some((key) => key !== 'url' && key !== 'title')) return undefined;
  if (value.title !== undefined && text(value.title) === undefined) return undefined;
  return { ...(value.title !== undefined ? { title: value.title as string } : {}), url: value.url as string };
}

function readSource(value: YamlValue): Source | undefined {
  if (!isMap(value) || text(value.format) === undefined) return undefined;
  if (Object.keys(value).some((key) => key !== 'format' && key !== 'path' && key !== 'sha256'))
    return undefined;
  if (value.path !== undefined && text(value.path) === undefined) return undefined;
  if (value.sha256 !== undefined && !(typeof value.sha256 === 'string' && SHA256.test(value.sha256)))
    return undefined;
  return {
    format: value.format as string,
    ...(value.path !== undefined ? { path: value.path as string } : {}),
    ...(value.sha256 !== undefined ? { sha256: value.sha256 as string } : {}),
  };
}
