// iCalendar (RFC 5545): every item with a target date becomes an all-day event.
import type { Item, Period, Roadmap } from '../../domain/interchange/index.ts';
import { placedItems } from '../walk/items.ts';

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 sequence. */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    while (end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
    limit = 74;
  }
  return parts.join('\r\n ');
}

const compact = (date: string) => date.replace(/-/g, '');

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function eventDates(target: Period | undefined): { start: string; end: string } | undefined {
  const first = target?.start ?? target?.end;
  const last = target?.end ?? target?.start;
  return first && last ? { start: first, end: last } : undefined;
}

export interface IcsOptions {
  /** DTSTAMP of every event; defaults to the roadmap's `updated` date, so output is reproducible. */
  stamp?: string;
}

export function renderIcs(roadmap: Roadmap, options: IcsOptions = {}): string {
  const stamp = options.stamp ?? `${compact(roadmap.updated ?? '1970-01-01')}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Waymark//Roadmap export//EN',
    'CALSCALE:GREGORIAN',
  ];
  lines.push(`X-WR-CALNAME:${escapeText(roadmap.title)}`);
  const event = (item: Item, sectionTitle: string | undefined) => {
    const dates = eventDates(item.target);
    if (!dates) return;
    lines.push('BEGIN:VEVENT', `UID:${roadmap.id}/${item.id}@waymark`, `DTSTAMP:${stamp}`);
    lines.push(
      `DTSTART;VALUE=DATE:${compact(dates.start)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(dates.end))}`,
    );
    lines.push(`SUMMARY:${escapeText(item.title)}`);
    const description = [
      item.target?.label && `Target: ${item.target.label}`,
      item.statusText ?? item.status,
      item.summary,
    ]
      .filter(Boolean)
      .join('\n');
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    if (sectionTitle) lines.push(`CATEGORIES:${escapeText(sectionTitle)}`);
    if (item.status === 'done') lines.push('STATUS:CONFIRMED');
    else if (item.status === 'cancelled') lines.push('STATUS:CANCELLED');
    lines.push('END:VEVENT');
  };
  for (const { item, sections } of placedItems(roadmap)) event(item, sections[sections.length - 1]?.title);
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
