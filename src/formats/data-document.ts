// Interchange documents written as JSON or YAML. Other structured roadmaps (KEP metadata,
// release schedules, generic YAML/TOML) need their own mapping and are refused with a clear word.
import { parseDocument as parseYaml } from 'yaml';
import { ValidationError } from '../domain/errors.ts';
import { type InterchangeDocument, validateDocument } from '../domain/interchange/index.ts';
import type { DataFormat } from './detect.ts';

function notInterchange(format: DataFormat): ValidationError {
  const message = `this ${format.toUpperCase()} file is not a waymark/v1 document (no "format": "waymark/v1" at the top); structured ${format.toUpperCase()} roadmaps are not supported yet`;
  return new ValidationError(message, [{ pointer: '/format', message }]);
}

function parseData(text: string, format: DataFormat): unknown {
  if (format === 'toml') throw notInterchange('toml');
  if (format === 'json') {
    try {
      return JSON.parse(text);
    } catch (error) {
      const message = `invalid JSON: ${(error as Error).message}`;
      throw new ValidationError(message, [{ pointer: '', message }]);
    }
  }
  const parsed = parseYaml(text, { prettyErrors: true, uniqueKeys: true });
  const [first] = parsed.errors;
  if (first) {
    const message = `invalid YAML: ${first.message.split('\n')[0]}`;
    throw new ValidationError(message, [{ pointer: '', message }]);
  }
  return parsed.toJS({ maxAliasCount: 100 });
}

export function dataDocument(text: string, format: DataFormat): InterchangeDocument {
  const value = parseData(text, format);
  if (typeof value !== 'object' || value === null || !('format' in value)) throw notInterchange(format);
  return validateDocument(value);
}
