// Which kind of structured roadmap parsed data is, from its shape and file name, and its mapping
// to a roadmap. Recognised shapes come first; anything else that is a mapping or list of entries
// is read by the generic mapper; the rest is refused with what was expected.
import { ValidationError } from '../../domain/errors.ts';
import type { Roadmap } from '../../domain/interchange/index.ts';
import { slugify } from '../infer/ids.ts';
import type { Warning } from '../outline/types.ts';
import { type MappedRoadmap, MapperContext } from './context.ts';
import { dotnetRoadmap, isDotnetReleasesIndex } from './dotnet-releases-index.ts';
import { GenericMapper } from './generic.ts';
import { isKep, kepRoadmap } from './kep.ts';
import type { KeyMap } from './key-roles.ts';
import { isNodeSchedule, nodeScheduleRoadmap } from './nodejs-schedule.ts';
import { isPythonReleaseCycle, pythonReleaseCycleRoadmap } from './python-release-cycle.ts';
import { isPythonReleasesToml, pythonReleasesTomlRoadmap } from './python-releases-toml.ts';
import { isRecord } from './values.ts';

export type StructuredKind =
  | 'kep'
  | 'nodejs-schedule'
  | 'python-release-cycle'
  | 'python-releases-toml'
  | 'dotnet-releases-index'
  | 'generic';

export interface StructuredOptions {
  path?: string;
  /** ISO date that statuses computed from dates (release schedules) are relative to. */
  today?: string;
  /** `--map`: roles for keys the generic mapper does not know. */
  keyMap?: KeyMap;
  /** The README.md of a KEP, whose summary and motivation describe the KEP item. */
  readme?: string;
}

export interface StructuredRoadmap {
  kind: StructuredKind;
  roadmap: Omit<Roadmap, 'source'>;
  warnings: Warning[];
}

const EXPECTED =
  'a waymark/v1 document, a Kubernetes kep.yaml, a release schedule (Node.js schedule.json, Python ' +
  'release-cycle.json or python-releases.toml, .NET releases-index.json), or a roadmap: a list of entries, ' +
  'or a mapping of groups to lists of entries, each entry a text or a mapping with title/name, status, ' +
  'description, owner, due… keys';

function refuse(found: string): ValidationError {
  const message = `expected ${EXPECTED}; found ${found}`;
  return new ValidationError(message, [{ pointer: '', message }]);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'an empty document';
  if (Array.isArray(value)) return 'a list with no entries that name an item';
  if (isRecord(value))
    return `a mapping (keys ${Object.keys(value).slice(0, 5).join(', ') || 'none'}) with no entries that name an item`;
  return `a single ${typeof value} value`;
}

function kindOf(value: unknown, path: string | undefined): StructuredKind {
  if (isKep(value, path)) return 'kep';
  if (isNodeSchedule(value)) return 'nodejs-schedule';
  if (isPythonReleaseCycle(value)) return 'python-release-cycle';
  if (isPythonReleasesToml(value)) return 'python-releases-toml';
  if (isDotnetReleasesIndex(value)) return 'dotnet-releases-index';
  return 'generic';
}

type WithFields = {
  fields?: Record<string, string>;
  items?: WithFields[];
  work?: WithFields[];
  sections?: WithFields[];
};

/** Data can have keys that are empty or blank, which `fields` cannot hold: they are left out with a warning. */
function dropBlankKeys(node: WithFields, ctx: MapperContext): void {
  if (node.fields) {
    for (const key of Object.keys(node.fields)) {
      if (key.trim() !== '') continue;
      ctx.warn('', `a value under an empty key was left out: "${node.fields[key]?.slice(0, 60) ?? ''}"`);
      delete node.fields[key];
    }
    if (Object.keys(node.fields).length === 0) delete node.fields;
  }
  for (const list of [node.items, node.work, node.sections])
    for (const child of list ?? []) dropBlankKeys(child, ctx);
}

function hasEntries(roadmap: MappedRoadmap): boolean {
  return (roadmap.items?.length ?? 0) > 0 || (roadmap.sections?.length ?? 0) > 0;
}

/** Maps parsed data to a roadmap (without `source`); throws ValidationError when it holds none. */
export function structuredRoadmap(
  value: unknown,
  fallbackTitle: string | undefined,
  options: StructuredOptions = {},
): StructuredRoadmap {
  if (!Array.isArray(value) && !isRecord(value)) throw refuse(describe(value));
  const ctx = new MapperContext();
  const kind = kindOf(value, options.path);
  if (options.readme !== undefined && kind !== 'kep')
    ctx.warn('', 'the README was not used: this file is not a KEP');
  if (options.keyMap && kind !== 'generic') ctx.warn('', `--map was not used: this file is read as ${kind}`);
  const record = value as Record<string, unknown>;
  let mapped: MappedRoadmap;
  switch (kind) {
    case 'kep':
      mapped = kepRoadmap(record, ctx, options.readme);
      break;
    case 'nodejs-schedule':
      mapped = nodeScheduleRoadmap(record, ctx, options.today);
      break;
    case 'python-release-cycle':
      mapped = pythonReleaseCycleRoadmap(record, ctx);
      break;
    case 'python-releases-toml':
      mapped = pythonReleasesTomlRoadmap(record, ctx);
      break;
    case 'dotnet-releases-index':
      mapped = dotnetRoadmap(record, ctx);
      break;
    default:
      mapped = new GenericMapper(ctx, options.keyMap).roadmap(value);
  }
  if (!hasEntries(mapped)) throw refuse(describe(value));
  dropBlankKeys(mapped, ctx);
  const title = mapped.title ?? fallbackTitle ?? 'Roadmap';
  const roadmap = { ...mapped, id: mapped.id ?? slugify(title, 'roadmap'), title };
  return { kind, roadmap, warnings: ctx.warnings };
}
