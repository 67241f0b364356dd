// Regenerates schema/waymark-v1.schema.json from the TypeBox source.
import { writeFileSync } from 'node:fs';
import { interchangeJsonSchemaText } from '../src/domain/interchange/index.ts';

writeFileSync(new URL('../schema/waymark-v1.schema.json', import.meta.url), interchangeJsonSchemaText());
