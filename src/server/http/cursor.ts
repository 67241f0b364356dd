// Opaque page cursors: base64url JSON of the last row's sort key. Clients pass them back unchanged.
import { HttpError } from '../errors.ts';

export function encodeCursor(key: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The sort key a cursor holds; 400 naming the parameter when it was not made by this server. */
export function decodeCursor<K extends Record<string, 'string' | 'number'>>(
  cursor: string,
  shape: K,
): { [P in keyof K]: K[P] extends 'number' ? number : string } {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  const valid =
    typeof value === 'object' &&
    value !== null &&
    Object.entries(shape).every(([key, type]) => typeof (value as Record<string, unknown>)[key] === type);
  if (!valid) {
    throw new HttpError(
      400,
      'invalid_cursor',
      'the cursor is not one this server returned; start again without it',
      {
        pointer: '/query/cursor',
      },
    );
  }
  return value as { [P in keyof K]: K[P] extends 'number' ? number : string };
}
