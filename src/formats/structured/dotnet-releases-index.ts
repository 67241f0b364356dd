// The .NET `releases-index.json` (dotnet/core release metadata): `releases-index` lists each
// channel with channel-version, latest-release(-date), latest-runtime, latest-sdk, product,
// release-type (lts/sts), support-phase (preview, go-live, active, maintenance, eol), eol-date and
// the URL of the channel's releases.json.
import type { Item, Status } from '../../domain/interchange/index.ts';
import { extractRefs } from '../infer/extract/refs.ts';
import { child, type MappedRoadmap, type MapperContext } from './context.ts';
import { type DataRecord, fieldText, isoDate, isRecord, scalarText } from './values.ts';

const PHASES: Record<string, Status> = {
  preview: 'in_progress',
  'go-live': 'in_progress',
  active: 'in_progress',
  maintenance: 'in_progress',
  eol: 'done',
};
const READ = new Set([
  'channel-version',
  'product',
  'support-phase',
  'release-type',
  'eol-date',
  'releases.json',
]);

export function isDotnetReleasesIndex(data: unknown): data is DataRecord {
  return isRecord(data) && Array.isArray(data['releases-index']);
}

function channelItem(channel: DataRecord, pointer: string, ctx: MapperContext): Item | undefined {
  const version = scalarText(channel['channel-version']);
  if (version === undefined) {
    ctx.warn(pointer, 'a channel without a channel-version was left out');
    return undefined;
  }
  const product = scalarText(channel.product) ?? '.NET';
  const item: Item = { id: ctx.itemId(version), title: `${product} ${version}` };
  const phase = scalarText(channel['support-phase']);
  const status = phase ? PHASES[phase.toLowerCase()] : undefined;
  if (status) item.status = status;
  if (phase) item.statusText = phase;
  const type = scalarText(channel['release-type']);
  if (type) item.labels = [type.toLowerCase()];
  const eol = isoDate(channel['eol-date']);
  if (eol) item.target = { label: `end of life ${eol}`, end: eol };
  const url = scalarText(channel['releases.json']);
  const refs = url ? extractRefs(url) : [];
  if (refs.length > 0) item.refs = refs;
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(channel)) {
    if (READ.has(key) && (key !== 'eol-date' || eol) && (key !== 'releases.json' || refs.length > 0))
      continue;
    const text = fieldText(value);
    if (text !== undefined) fields[key] = text;
  }
  if (Object.keys(fields).length > 0) item.fields = fields;
  return item;
}

export function dotnetRoadmap(data: DataRecord, ctx: MapperContext): MappedRoadmap {
  const channels = data['releases-index'] as unknown[];
  const items: Item[] = [];
  channels.forEach((channel, index) => {
    const at = child(child('', 'releases-index'), index);
    if (!isRecord(channel)) ctx.warn(at, 'a channel that is not a mapping was left out');
    else if (ctx.admit(at)) {
      const item = channelItem(channel, at, ctx);
      if (item) items.push(item);
    }
  });
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    const text = key === 'releases-index' ? undefined : fieldText(value);
    if (text !== undefined) fields[key] = text;
  }
  return {
    id: 'dotnet-releases',
    title: '.NET releases',
    ...(items.length > 0 ? { items } : {}),
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
  };
}
