// CSV: one row per item (work items too), sections as a path, RFC 4180 quoting, a UTF-8 BOM and
// CRLF so spreadsheets open it cleanly, and formula-looking cells neutralised.
import type { Roadmap } from '../../domain/interchange/index.ts';
import { placedItems } from '../walk/items.ts';

const COLUMNS = [
  'id',
  'title',
  'section',
  'parent',
  'status',
  'statusText',
  'priority',
  'leads',
  'tags',
  'labels',
  'refs',
  'effort',
  'effortMin',
  'effortMax',
  'effortUnit',
  'target',
  'targetStart',
  'targetEnd',
  'dependsOn',
  'summary',
] as const;

function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  // A cell a spreadsheet would run as a formula is prefixed so it stays text (CSV injection).
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(roadmap: Roadmap): string {
  const rows = placedItems(roadmap).map(({ item, sections, parent }) => {
    const values: Record<(typeof COLUMNS)[number], string | number | undefined> = {
      id: item.id,
      title: item.title,
      section: sections.map((s) => s.title).join(' / ') || undefined,
      parent: parent?.id,
      status: item.status,
      statusText: item.statusText,
      priority: item.priority ?? item.priorityText,
      leads: item.leads?.join('; '),
      tags: item.tags?.join('; '),
      labels: item.labels?.join('; '),
      refs: item.refs?.map((ref) => ref.url ?? ref.id).join('; '),
      effort: item.effort?.text,
      effortMin: item.effort?.min,
      effortMax: item.effort?.max,
      effortUnit: item.effort?.unit,
      target: item.target?.label,
      targetStart: item.target?.start,
      targetEnd: item.target?.end,
      dependsOn: item.dependsOn?.join('; '),
      summary: item.summary,
    };
    return COLUMNS.map((column) => cell(values[column])).join(',');
  });
  return `\ufeff${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
