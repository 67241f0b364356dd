// What documents say about status, priority, effort and time, read into the interchange model.
export { parseEffort } from './effort.ts';
export { type PeriodOptions, parsePeriod } from './period.ts';
export { normalisePriority, type PriorityMatch } from './priority.ts';
export { normaliseStatus, type StatusMatch } from './status.ts';
