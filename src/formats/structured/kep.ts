// Kubernetes Enhancement Proposal metadata (`kep.yaml`): one roadmap holding the KEP as one item,
// with a work item per graduation stage that has a milestone, and its README's summary when given.
import type { Item, Ref, Status } from '../../domain/interchange/index.ts';
import { normaliseStatus, parsePeriod } from '../../domain/normalise/index.ts';
import { splitPeople } from '../infer/extract/people.ts';
import { extractRefs } from '../infer/extract/refs.ts';
import type { MappedRoadmap, MapperContext } from './context.ts';
import { kepReadmeDescription } from './kep-readme.ts';
import { type DataRecord, fieldText, isoDate, isRecord, scalarText, textList, titleText } from './values.ts';

const STAGES = ['alpha', 'beta', 'stable'] as const;
const REPO = 'kubernetes/enhancements';
// Keys the item reads into its own fields; every other key is kept in `fields` as written.
const READ = new Set(['title', 'kep-number', 'authors', 'status', 'milestone', 'see-also', 'replaces']);

export function isKep(data: unknown, path: string | undefined): data is DataRecord {
  if (!isRecord(data)) return false;
  const name = path?.split(/[\\/]/).pop()?.toLowerCase() ?? '';
  return 'kep-number' in data || ((name === 'kep.yaml' || name === 'kep.yml') && 'title' in data);
}

function stageIndex(stage: string | undefined): number {
  const index = STAGES.indexOf((stage === 'ga' ? 'stable' : stage) as (typeof STAGES)[number]);
  return index;
}

/** Where a graduation stage stands, given the stage the KEP targets now and its status. */
function stageStatus(stage: number, current: number, kep: Status | undefined): Status | undefined {
  if (current < 0 || kep === undefined) return undefined;
  if (stage < current) return 'done';
  if (kep === 'cancelled' || kep === 'postponed') return kep;
  if (stage > current) return 'todo';
  return kep === 'done' ? 'done' : kep === 'todo' ? 'in_progress' : kep === 'proposed' ? 'todo' : kep;
}

// See-also entries are URLs or paths inside the enhancements repository ("/keps/sig-node/…").
function kepRefs(value: unknown): Ref[] {
  return textList(value).flatMap((entry) => {
    if (/^https?:\/\//.test(entry)) return extractRefs(entry);
    const path = entry.replace(/^\.?\/*/, '');
    return path
      ? [{ tracker: 'url' as const, id: entry, url: `https://github.com/${REPO}/tree/master/${path}` }]
      : [];
  });
}

function featureGates(value: unknown): string | undefined {
  if (!Array.isArray(value)) return fieldText(value);
  const gates = value.map((gate) => {
    if (!isRecord(gate)) return scalarText(gate);
    const name = scalarText(gate.name);
    const components = textList(gate.components);
    return name && components.length > 0 ? `${name} (${components.join(', ')})` : (name ?? fieldText(gate));
  });
  return gates.filter(Boolean).join(', ') || undefined;
}

export function kepRoadmap(data: DataRecord, ctx: MapperContext, readme?: string): MappedRoadmap {
  const number = scalarText(data['kep-number']);
  const title = titleText(data.title) ?? (number ? `KEP-${number}` : undefined);
  if (title === undefined) {
    ctx.warn('/title', 'the KEP has no title');
  }
  const item: Item = { id: ctx.itemId(number ? `kep-${number}` : (title ?? 'kep')), title: title ?? 'KEP' };
  const status = scalarText(data.status);
  const kepStatus = status ? normaliseStatus(status)?.status : undefined;
  if (status) item.statusText = status;
  if (kepStatus) item.status = kepStatus;
  const authors = textList(data.authors).flatMap(splitPeople);
  if (authors.length > 0) item.leads = authors;
  const sigs = [...textList(data['owning-sig']), ...textList(data['participating-sigs'])];
  if (sigs.length > 0) item.tags = [...new Set(sigs)];
  const refs: Ref[] = number
    ? [{ tracker: 'github', id: `${REPO}#${number}`, url: `https://github.com/${REPO}/issues/${number}` }]
    : [];
  for (const ref of [...kepRefs(data['see-also']), ...kepRefs(data.replaces)]) {
    if (!refs.some((r) => r.id === ref.id)) refs.push(ref);
  }
  if (refs.length > 0) item.refs = refs;

  const stage = scalarText(data.stage)?.toLowerCase();
  const milestones = isRecord(data.milestone) ? data.milestone : {};
  const current = stageIndex(stage);
  const target = (stage && scalarText(milestones[stage])) ?? scalarText(data['latest-milestone']);
  if (target) item.target = parsePeriod(target) ?? { label: target };
  const description = readme === undefined ? undefined : kepReadmeDescription(readme);
  if (description) item.summary = description;

  const work: Item[] = [];
  for (const [name, value] of Object.entries(milestones)) {
    const version = scalarText(value);
    if (!version) continue;
    const stageStatusValue = stageStatus(stageIndex(name.toLowerCase()), current, kepStatus);
    work.push({
      id: ctx.itemId(`${item.id}-${name}`),
      title: `${name.charAt(0).toUpperCase()}${name.slice(1)}`,
      ...(stageStatusValue ? { status: stageStatusValue } : {}),
      target: parsePeriod(version) ?? { label: version },
    });
  }
  if (work.length > 0) item.work = work;

  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (READ.has(key)) continue;
    const text = key === 'feature-gates' ? featureGates(value) : fieldText(value);
    if (text !== undefined) fields[key] = text;
  }
  if (Object.keys(fields).length > 0) item.fields = fields;

  const updated = isoDate(data['last-updated']);
  return {
    ...(number ? { id: `kep-${number}` } : {}),
    title: number && title ? `KEP-${number}: ${title}` : (title ?? 'KEP'),
    ...(updated ? { updated } : {}),
    items: [item],
  };
}
