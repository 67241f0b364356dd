// The CPython release history TOML (`release_management/python-releases.toml` of python/peps,
// which generates release-cycle.json): `[metadata."3.14"]` per version and `[[release."3.14"]]`
// per release (stage, state actual/expected, date, note). Releases become the version's work.
import type { Item } from '../../domain/interchange/index.ts';
import { child, type MappedRoadmap, type MapperContext } from './context.ts';
import { lastDay, pythonItem } from './python-release-cycle.ts';
import { type DataRecord, fieldText, isoDate, isRecord, scalarText, titleText } from './values.ts';

const READ = new Set(['status', 'pep', 'release-manager']);

export function isPythonReleasesToml(data: unknown): data is DataRecord {
  if (!isRecord(data) || !isRecord(data.metadata)) return false;
  const versions = Object.values(data.metadata);
  return versions.length > 0 && versions.every((v) => isRecord(v) && ('first-release' in v || 'pep' in v));
}

function releaseItems(version: string, list: unknown, pointer: string, ctx: MapperContext): Item[] {
  if (!Array.isArray(list)) return [];
  const items: Item[] = [];
  list.forEach((release, index) => {
    const at = child(pointer, index);
    const stage = isRecord(release) ? titleText(release.stage) : undefined;
    if (!isRecord(release) || stage === undefined) {
      ctx.warn(at, 'a release without a stage was left out');
      return;
    }
    if (!ctx.admit(at)) return;
    const item: Item = { id: ctx.itemId(stage), title: stage };
    const state = scalarText(release.state);
    if (state === 'actual') item.status = 'done';
    else if (state === 'expected') item.status = 'todo';
    if (state) item.statusText = state;
    const date = isoDate(release.date);
    if (date) item.target = { label: date, start: date, end: date };
    const fields: Record<string, string> = {};
    for (const [key, value] of Object.entries(release)) {
      if (key === 'stage' || key === 'state' || (key === 'date' && date)) continue;
      const text = fieldText(value);
      if (text !== undefined) fields[key] = text;
    }
    if (Object.keys(fields).length > 0) item.fields = fields;
    items.push(item);
  });
  if (items.length === 0 && list.length > 0) ctx.warn(pointer, `no release of ${version} could be read`);
  return items;
}

export function pythonReleasesTomlRoadmap(data: DataRecord, ctx: MapperContext): MappedRoadmap {
  const metadata = data.metadata as DataRecord;
  const releases = isRecord(data.release) ? data.release : {};
  const items = Object.entries(metadata).map(([version, value]) => {
    const record = isRecord(value) ? value : {};
    const fields: Record<string, string> = {};
    for (const [key, field] of Object.entries(record)) {
      const text = READ.has(key) ? undefined : fieldText(field);
      if (text !== undefined) fields[key] = text;
    }
    const item = pythonItem(
      {
        version,
        status: scalarText(record.status),
        pep: record.pep,
        releaseManager: scalarText(record['release-manager']),
        firstRelease: isoDate(record['first-release']),
        endOfLife: lastDay(record['end-of-life']),
        fields,
      },
      ctx,
    );
    const work = releaseItems(version, releases[version], child(child('', 'release'), version), ctx);
    if (work.length > 0) item.work = work;
    return item;
  });
  // Releases of a version with no metadata still belong in the roadmap.
  for (const [version, list] of Object.entries(releases)) {
    if (version in metadata) continue;
    ctx.warn(child(child('', 'metadata'), version), `no metadata for ${version}: only its releases are read`);
    const item: Item = { id: ctx.itemId(version), title: `Python ${version}` };
    const work = releaseItems(version, list, child(child('', 'release'), version), ctx);
    if (work.length > 0) item.work = work;
    items.push(item);
  }
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'metadata' || key === 'release') continue;
    const text = fieldText(value);
    if (text !== undefined) fields[key] = text;
  }
  return {
    id: 'python-releases',
    title: 'Python releases',
    items,
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
  };
}
