// CPython's `release-cycle.json` (python/devguide, also served by the PEPs site): version →
// branch, pep, status, first_release, end_of_life (a date or a month), release_manager.
import type { Item, Ref, Status } from '../../domain/interchange/index.ts';
import { parsePeriod } from '../../domain/normalise/index.ts';
import { splitPeople } from '../infer/extract/people.ts';
import { child, type MappedRoadmap, type MapperContext } from './context.ts';
import { span } from './release-phases.ts';
import { type DataRecord, fieldText, isoDate, isRecord, scalarText } from './values.ts';

const VERSION = /^\d+\.\d+$/;
// A branch is under way from feature development until its end of life, then done.
const STATUSES: Record<string, Status> = {
  feature: 'in_progress',
  prerelease: 'in_progress',
  bugfix: 'in_progress',
  security: 'in_progress',
  'end-of-life': 'done',
};

export function isPythonReleaseCycle(data: unknown): data is DataRecord {
  if (!isRecord(data)) return false;
  const entries = Object.entries(data);
  return (
    entries.length > 0 &&
    entries.every(([key, value]) => VERSION.test(key) && isRecord(value)) &&
    entries.some(([, value]) => isRecord(value) && 'first_release' in value && 'end_of_life' in value)
  );
}

export function pythonStatus(text: string | undefined): Status | undefined {
  return text === undefined ? undefined : STATUSES[text.toLowerCase()];
}

export function pepRef(pep: unknown): Ref | undefined {
  const number = scalarText(pep);
  if (!number || !/^\d{1,5}$/.test(number)) return undefined;
  return {
    tracker: 'url',
    id: `PEP ${number}`,
    url: `https://peps.python.org/pep-${number.padStart(4, '0')}/`,
  };
}

/** An end of life written as a month ("2030-10") ends on the month's last day. */
export function lastDay(value: unknown): string | undefined {
  const text = scalarText(value);
  return isoDate(value) ?? (text ? parsePeriod(text)?.end : undefined);
}

export interface PythonVersion {
  version: string;
  status?: string;
  pep?: unknown;
  releaseManager?: string;
  firstRelease?: string;
  endOfLife?: string;
  fields: Record<string, string>;
}

export function pythonItem(entry: PythonVersion, ctx: MapperContext): Item {
  const item: Item = { id: ctx.itemId(entry.version), title: `Python ${entry.version}` };
  const status = pythonStatus(entry.status);
  if (status) item.status = status;
  if (entry.status) item.statusText = entry.status;
  const leads = entry.releaseManager ? splitPeople(entry.releaseManager) : [];
  if (leads.length > 0) item.leads = leads;
  const ref = pepRef(entry.pep);
  if (ref) item.refs = [ref];
  const target = span(entry.firstRelease, entry.endOfLife);
  if (target) item.target = target;
  if (Object.keys(entry.fields).length > 0) item.fields = entry.fields;
  return item;
}

const READ = new Set(['status', 'pep', 'release_manager']);

export function pythonReleaseCycleRoadmap(data: DataRecord, ctx: MapperContext): MappedRoadmap {
  const items = Object.entries(data).map(([version, value]) => {
    const record = value as DataRecord;
    const fields: Record<string, string> = {};
    for (const [key, field] of Object.entries(record)) {
      const text = READ.has(key) ? undefined : fieldText(field);
      if (text !== undefined) fields[key] = text;
    }
    const firstRelease = isoDate(record.first_release);
    const endOfLife = lastDay(record.end_of_life);
    if (record.first_release !== undefined && !firstRelease)
      ctx.warn(child(child('', version), 'first_release'), 'not a YYYY-MM-DD date');
    return pythonItem(
      {
        version,
        status: scalarText(record.status),
        pep: record.pep,
        releaseManager: scalarText(record.release_manager),
        firstRelease,
        endOfLife,
        fields,
      },
      ctx,
    );
  });
  return { id: 'python-release-cycle', title: 'Python release cycle', items };
}
