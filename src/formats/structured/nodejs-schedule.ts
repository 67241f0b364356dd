// The Node.js release schedule (`schedule.json` of nodejs/Release): version → start, lts,
// maintenance, end, codename. Each version is an item with its phases as work; statuses depend on
// the date the caller gives as today.
import type { Item } from '../../domain/interchange/index.ts';
import { child, type MappedRoadmap, type MapperContext } from './context.ts';
import { type Phase, phaseItems, span, spanStatus } from './release-phases.ts';
import { type DataRecord, fieldText, isoDate, isRecord, scalarText } from './values.ts';

const VERSION = /^v\d+(?:\.\d+)?$/;
const PHASES: Record<string, string> = {
  alpha: 'Alpha',
  start: 'Current',
  lts: 'Active LTS',
  maintenance: 'Maintenance',
};

export function isNodeSchedule(data: unknown): data is DataRecord {
  if (!isRecord(data)) return false;
  const entries = Object.entries(data);
  return (
    entries.length > 0 &&
    entries.every(([key, value]) => VERSION.test(key) && isRecord(value)) &&
    entries.some(([, value]) => isRecord(value) && 'start' in value && 'end' in value)
  );
}

function versionItem(
  version: string,
  data: DataRecord,
  pointer: string,
  today: string | undefined,
  ctx: MapperContext,
): Item {
  const id = ctx.itemId(version);
  const codename = scalarText(data.codename);
  const item: Item = { id, title: `Node.js ${version}${codename ? ` (${codename})` : ''}` };
  const phases: Phase[] = [];
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    const text = fieldText(value);
    if (text !== undefined) fields[key] = text;
    const name = PHASES[key];
    if (name === undefined) continue;
    const date = isoDate(value);
    if (date) phases.push({ name, start: date });
    else ctx.warn(child(pointer, key), `"${text ?? ''}" is not a YYYY-MM-DD date`);
  }
  const end = isoDate(data.end);
  if (data.end !== undefined && !end)
    ctx.warn(child(pointer, 'end'), 'the end of life is not a YYYY-MM-DD date');
  const start = phases.find((phase) => phase.name === 'Current')?.start ?? phases[0]?.start;
  const target = span(start, end);
  if (target) item.target = target;
  if ('lts' in data) item.labels = ['lts'];
  const { work, current } = phaseItems(id, phases, end, today, ctx);
  if (start !== undefined) {
    const status = spanStatus(today, phases[0]?.start ?? start, end);
    if (status) {
      item.status = status;
      item.statusText =
        status === 'done'
          ? 'End-of-life'
          : status === 'todo'
            ? 'Planned'
            : current?.name === 'Maintenance' && 'lts' in data
              ? 'Maintenance LTS'
              : (current?.name ?? 'Current');
    }
  }
  if (work.length > 0) item.work = work;
  if (Object.keys(fields).length > 0) item.fields = fields;
  return item;
}

export function nodeScheduleRoadmap(
  data: DataRecord,
  ctx: MapperContext,
  today: string | undefined,
): MappedRoadmap {
  const items = Object.entries(data).map(([version, value]) =>
    versionItem(version, value as DataRecord, child('', version), today, ctx),
  );
  return { id: 'nodejs-release-schedule', title: 'Node.js release schedule', items };
}
