import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interchangeJsonSchemaText } from '../../../src/domain/interchange/index.ts';

const file = new URL('../../../schema/waymark-v1.schema.json', import.meta.url);

describe('schema/waymark-v1.schema.json', () => {
  it('is generated from the TypeBox source (run `npm run schema:write` after changing the schema)', () => {
    expect(readFileSync(file, 'utf8')).toBe(interchangeJsonSchemaText());
  });

  it('names every status of the spec', () => {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    const text = JSON.stringify(schema);
    for (const status of [
      'proposed',
      'todo',
      'in_progress',
      'blocked',
      'postponed',
      'partial',
      'done',
      'cancelled',
      'unknown',
    ]) {
      expect(text).toContain(`"${status}"`);
    }
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});
