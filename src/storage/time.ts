// Revision timestamps are ISO-8601 UTC text with milliseconds in both dialects, so they compare
// as strings and mean the same thing everywhere.
import { ValidationError } from '../domain/errors.ts';

/** now, or 1 ms after the previous revision when the clock has not moved past it. */
export function nextTimestamp(now: Date, previous: string | null): string {
  const floor = previous === null ? Number.NEGATIVE_INFINITY : Date.parse(previous) + 1;
  return new Date(Math.max(now.getTime(), floor)).toISOString();
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/i;

function invalid(asOf: string, why: string): ValidationError {
  const message = `asOf "${asOf}" ${why}`;
  return new ValidationError(message, [{ pointer: '/asOf', message }]);
}

/**
 * The latest instant an asOf names, as stored timestamps are written: a date means the end of
 * that day in UTC, a date-time without a zone is read as UTC.
 */
export function asOfUpperBound(asOf: string): string {
  const date = DATE.exec(asOf);
  if (date) {
    const start = new Date(`${asOf}T00:00:00.000Z`);
    if (Number.isNaN(start.getTime()) || start.toISOString().slice(0, 10) !== asOf) {
      throw invalid(asOf, 'is not a calendar date');
    }
    return `${asOf}T23:59:59.999Z`;
  }
  if (!DATE_TIME.test(asOf)) throw invalid(asOf, 'is neither a date (YYYY-MM-DD) nor an ISO-8601 date-time');
  const zoned = /(Z|[+-]\d{2}:\d{2})$/i.test(asOf) ? asOf : `${asOf}Z`;
  // Sub-millisecond digits are cut, never rounded up: "at or before" must not look ahead.
  const millis = zoned.replace(/(\.\d{3})\d+/, '$1');
  const instant = new Date(millis);
  if (Number.isNaN(instant.getTime())) throw invalid(asOf, 'is not a valid date-time');
  return instant.toISOString();
}
