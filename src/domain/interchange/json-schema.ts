// The published JSON Schema file is generated from the same TypeBox source as the types.
import { InterchangeDocument } from './schema.ts';

export function interchangeJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...JSON.parse(JSON.stringify(InterchangeDocument)),
  };
}

export function interchangeJsonSchemaText(): string {
  return `${JSON.stringify(interchangeJsonSchema(), null, 2)}\n`;
}
