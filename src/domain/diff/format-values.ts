// How values read in the text rendering: free text quoted, enums and dates bare, structured values
// reduced to the words a reviewer recognises, absence as an em dash.
import type { Effort, Kpi, Link, Period, Ref, Risk, Source } from '../interchange/schema.ts';
import type { PathStep, TextSegment } from './types.ts';

export const ABSENT = '—';

export const quote = (text: string) => JSON.stringify(text);

function range(min: number | undefined, max: number | undefined): string | undefined {
  if (min === undefined && max === undefined) return undefined;
  if (min === undefined || max === undefined || min === max) return String(min ?? max);
  return `${min}–${max}`;
}

// The numbers are shown next to the words so that a change of parsed amount under the same words is visible.
export function formatEffort(effort: Effort): string {
  const amount = range(effort.min, effort.max);
  const parsed = [amount, effort.unit].filter((part) => part !== undefined).join(' ');
  return parsed && parsed !== effort.text ? `${effort.text} (${parsed})` : effort.text;
}

export function formatPeriod(period: Period): string {
  if (!period.start && !period.end) return period.label;
  // `2022-06-30` resolves to itself: repeating it adds nothing.
  if (period.start === period.end && period.start === period.label) return period.label;
  return `${period.label} (${period.start ?? '…'}..${period.end ?? '…'})`;
}

export function formatSource(source: Source): string {
  return [source.format, source.path, source.sha256 && `sha256:${source.sha256.slice(0, 12)}`]
    .filter((part) => part)
    .join(' ');
}

export function formatRef(ref: Ref): string {
  return `${ref.tracker} ${ref.id}${ref.url && ref.url !== ref.id ? ` <${ref.url}>` : ''}`;
}

export function formatLink(link: Link): string {
  return link.title ? `${link.url} (${quote(link.title)})` : link.url;
}

export function formatKpi(kpi: Kpi): string {
  const details = [kpi.target && `target ${kpi.target}`, kpi.unit && `unit ${kpi.unit}`];
  const measurements = kpi.measurements ?? [];
  const latest = measurements.at(-1);
  if (latest) {
    details.push(`${measurements.length} measurement${measurements.length === 1 ? '' : 's'}`);
    details.push(`latest ${latest.value} on ${latest.date}`);
  }
  const shown = details.filter((part) => part);
  return shown.length > 0 ? `${quote(kpi.name)} (${shown.join(', ')})` : quote(kpi.name);
}

export function formatRisk(risk: Risk): string {
  const details = [
    risk.impact && `impact ${risk.impact}`,
    risk.mitigation && `mitigation ${quote(risk.mitigation)}`,
    risk.owner && `owner ${risk.owner}`,
  ].filter((part) => part);
  return details.length > 0 ? `${quote(risk.text)} (${details.join(', ')})` : quote(risk.text);
}

export function formatPath(path: readonly PathStep[]): string {
  return path.length === 0 ? 'roadmap root' : path.map((step) => quote(step.title)).join(' › ');
}

/** Runs of unchanged words longer than this are shortened to their ends. */
const CONTEXT_WORDS = 6;

function elide(text: string, keepStart: boolean, keepEnd: boolean): string {
  const words = [...text.matchAll(/\S+/g)];
  const kept = (keepStart ? CONTEXT_WORDS : 0) + (keepEnd ? CONTEXT_WORDS : 0);
  if (words.length <= kept + CONTEXT_WORDS) return text;
  const lastHead = words[CONTEXT_WORDS - 1];
  const firstTail = words[words.length - CONTEXT_WORDS];
  // Whitespace next to the change is kept so the markers stay where they were in the prose.
  const head = keepStart && lastHead ? `${text.slice(0, lastHead.index + lastHead[0].length)} ` : '';
  const tail = keepEnd && firstTail ? ` ${text.slice(firstTail.index)}` : '';
  return `${head}…${tail}`;
}

/** wdiff notation: [-deleted-]{+inserted+}, long unchanged stretches shortened to their context. */
export function formatSegments(segments: readonly TextSegment[]): string {
  return segments
    .map((segment, i) => {
      if (segment.op === 'delete') return `[-${segment.text}-]`;
      if (segment.op === 'insert') return `{+${segment.text}+}`;
      return elide(segment.text, i > 0, i < segments.length - 1);
    })
    .join('');
}
