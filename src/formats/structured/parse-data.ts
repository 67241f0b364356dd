// JSON, YAML and TOML text to plain data, every syntax or resource failure as a ValidationError
// that names the format and the first problem.
import { parse as parseToml } from 'smol-toml';
import { parseDocument as parseYaml } from 'yaml';
import { ValidationError } from '../../domain/errors.ts';
import type { DataFormat } from '../detect.ts';
import { yamlDepth } from './yaml-depth.ts';

/** Deeper YAML is refused before parsing; no roadmap nests anywhere near this. */
export const MAX_YAML_DEPTH = 256;

function invalid(format: DataFormat, detail: string): ValidationError {
  const message = `invalid ${format.toUpperCase()}: ${detail}`;
  return new ValidationError(message, [{ pointer: '', message }]);
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? text;
}

export function parseData(text: string, format: DataFormat): unknown {
  try {
    if (format === 'json') return JSON.parse(text);
    if (format === 'toml') return parseToml(text, { maxDepth: 200 });
    if (yamlDepth(text) > MAX_YAML_DEPTH)
      throw invalid(format, `nested more than ${MAX_YAML_DEPTH} levels deep`);
    const parsed = parseYaml(text, { prettyErrors: true, uniqueKeys: true });
    const [first] = parsed.errors;
    if (first) throw invalid(format, firstLine(first.message));
    return parsed.toJS({ maxAliasCount: 100 });
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    // A stack overflow here means nesting far beyond any roadmap: say so rather than crash.
    if (error instanceof RangeError) throw invalid(format, 'nested too deeply to read');
    throw invalid(format, firstLine((error as Error).message));
  }
}
