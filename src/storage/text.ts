// PostgreSQL text cannot hold NUL, and a lone surrogate does not survive UTF-8 in either dialect.
// Entities are stored as JSON, which escapes both; plain text columns need these rules instead.
import { ValidationError } from '../domain/errors.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what must be found.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A copy safe for a text column, for derived text (index rows, display titles) only. */
export function storableText(text: string): string {
  return text.replace(UNSTORABLE, ' ');
}

/** Refuses metadata that one dialect could store and the other not, so both behave alike. */
export function assertStorable(fields: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(fields)) {
    if (value?.includes('\u0000')) {
      const message = `${name} must not contain a NUL character`;
      throw new ValidationError(message, [{ pointer: `/${name}`, message }]);
    }
  }
}
