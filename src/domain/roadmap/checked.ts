// Every structural edit ends here: the result must still be a valid waymark/v1 roadmap, and input
// problems name the JSON pointer of the offending value.
import { ValidationError } from '../errors.ts';
import type { Roadmap } from '../interchange/schema.ts';
import { validateDocument } from '../interchange/validate.ts';

/** The roadmap, once validateDocument accepts it; otherwise its ValidationError (pointers under /roadmap). */
export function checked(roadmap: Roadmap): Roadmap {
  return validateDocument({ format: 'waymark/v1', roadmap }).roadmap;
}

/** A ValidationError about one value of the edit's input. */
export function invalidInput(pointer: string, message: string): ValidationError {
  return new ValidationError(`${pointer}: ${message}`, [{ pointer, message }]);
}

/** Checks a requested position against the length of the list it goes into (after any removal). */
export function positionIn(length: number, position: number | undefined, pointer = '/position'): number {
  if (position === undefined) return length;
  if (!Number.isInteger(position) || position < 0 || position > length) {
    throw invalidInput(pointer, `must be an integer from 0 to ${length}`);
  }
  return position;
}

const EMPTY_IS_ABSENT = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

/**
 * Applies set/unset to an entity's own keys. An empty value means "remove", since the format omits
 * keys with nothing to say; keys outside `editable` are refused with their pointer.
 */
export function patchKeys<T extends object>(
  entity: T,
  patch: { set?: Record<string, unknown>; unset?: readonly string[] },
  editable: ReadonlySet<string>,
): T {
  const refused = [
    ...Object.keys(patch.set ?? {}).map((key) => ({ key, pointer: `/set/${key}` })),
    ...(patch.unset ?? []).map((key, index) => ({ key, pointer: `/unset/${index}` })),
  ].filter(({ key }) => !editable.has(key));
  if (refused.length > 0) {
    const issues = refused.map(({ key, pointer }) => ({ pointer, message: `"${key}" is not editable here` }));
    throw new ValidationError(`cannot edit ${refused.map(({ key }) => `"${key}"`).join(', ')}`, issues);
  }
  const next = { ...entity } as Record<string, unknown>;
  for (const key of patch.unset ?? []) delete next[key];
  for (const [key, value] of Object.entries(patch.set ?? {})) {
    if (EMPTY_IS_ABSENT(value)) delete next[key];
    else next[key] = value;
  }
  return next as T;
}
