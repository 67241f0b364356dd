// Release lines as items: a line is `todo` before it starts, `in_progress` while supported and
// `done` once past its end of life. Where that depends on the date, the caller says what today is;
// pure code never reads the clock.
import type { Item, Period, Status } from '../../domain/interchange/index.ts';
import type { MapperContext } from './context.ts';
import { dayBefore } from './values.ts';

export interface Phase {
  name: string;
  start: string;
}

/** Where a span of days stands on `today` (both ends inclusive; an open end never passes). */
export function spanStatus(
  today: string | undefined,
  start: string,
  end: string | undefined,
): Status | undefined {
  if (today === undefined) return undefined;
  if (today < start) return 'todo';
  return end !== undefined && today > end ? 'done' : 'in_progress';
}

export function span(start: string | undefined, end: string | undefined): Period | undefined {
  if (start === undefined && end === undefined) return undefined;
  const label = start && end ? `${start} to ${end}` : start ? `from ${start}` : `until ${end}`;
  return { label, ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/**
 * Work items for consecutive phases (Current, Active LTS, Maintenance…): each runs until the day
 * before the next starts, the last until `end`. Returns them with the phase today falls in.
 */
export function phaseItems(
  parentId: string,
  phases: readonly Phase[],
  end: string | undefined,
  today: string | undefined,
  ctx: MapperContext,
): { work: Item[]; current?: Phase } {
  const ordered = [...phases].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  let current: Phase | undefined;
  const work = ordered.map((phase, index) => {
    const next = ordered[index + 1];
    const until = next ? dayBefore(next.start) : end;
    const status = spanStatus(today, phase.start, until);
    if (status === 'in_progress') current = phase;
    const target = span(phase.start, until);
    return {
      id: ctx.itemId(`${parentId}-${phase.name}`),
      title: phase.name,
      ...(status ? { status } : {}),
      ...(target ? { target } : {}),
    };
  });
  return { work, ...(current ? { current } : {}) };
}
