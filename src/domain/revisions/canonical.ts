// Canonical form of interchange values: object keys in the order the schema declares them, so
// the same roadmap always serialises to the same text and an unchanged entity never looks changed.
import { Roadmap } from '../interchange/schema.ts';

type SchemaNode = {
  $defs?: Record<string, SchemaNode>;
  $ref?: string;
  type?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
};
type Scope = Readonly<Record<string, SchemaNode>>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function canonicalAt(schema: SchemaNode, value: unknown, outer: Scope): unknown {
  // Cyclic schemas (items in work, sections in sections) carry their definitions in $defs and
  // point at them by name, so names resolve against the nearest enclosing $defs.
  const scope = schema.$defs ? { ...outer, ...schema.$defs } : outer;
  if (schema.$ref !== undefined) {
    const target = scope[schema.$ref];
    if (!target) throw new Error(`interchange schema: unresolved $ref "${schema.$ref}"`);
    return canonicalAt(target, value, scope);
  }
  if (schema.type === 'array' && schema.items && Array.isArray(value)) {
    const items = schema.items;
    return value.map((element) => canonicalAt(items, element, scope));
  }
  if (schema.type === 'object' && isPlainObject(value)) {
    // Records (fields) have no declared properties: their keys stay in the order written.
    const properties = schema.properties;
    if (!properties) return value;
    const entries: [string, unknown][] = [];
    for (const [key, property] of Object.entries(properties)) {
      if (Object.hasOwn(value, key) && value[key] !== undefined) {
        entries.push([key, canonicalAt(property, value[key], scope)]);
      }
    }
    // The schema forbids other keys, but a canonical form must never drop data it was given.
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(properties, key) && value[key] !== undefined) entries.push([key, value[key]]);
    }
    return Object.fromEntries(entries);
  }
  return value;
}

/**
 * The roadmap with every schema object's keys in schema order and `undefined` keys dropped.
 * Objects and arrays are new; `fields` records and strings are shared with the input.
 */
export function canonicalRoadmap(roadmap: Roadmap): Roadmap {
  return canonicalAt(Roadmap as unknown as SchemaNode, roadmap, {}) as Roadmap;
}
