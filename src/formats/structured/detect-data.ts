// Recognising YAML and TOML by content, for files whose name does not say (`roadmap`, `kep`):
// a cheap look at the first meaningful line, confirmed by actually parsing the text.
import { parse as parseToml } from 'smol-toml';
import { parseDocument as parseYaml } from 'yaml';
import { yamlDepth } from './yaml-depth.ts';

const MAX_SNIFF = 1_000_000;
const TABLE = /^\[\[?\s*[\w."' -]+\s*\]\]?\s*(?:#.*)?$/;
const TOML_KEY = /^[\w."'-]+\s*=\s*\S/;
const YAML_KEY = /^(?:[\w-][\w .-]*|"[^"\n]*"|'[^'\n]*'):(?:\s|$)/;

function firstLine(text: string): string | undefined {
  for (const line of text.slice(0, 20_000).split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) return trimmed;
  }
  return undefined;
}

export function looksLikeToml(text: string): boolean {
  const first = firstLine(text);
  if (first === undefined || text.length > MAX_SNIFF || !(TABLE.test(first) || TOML_KEY.test(first)))
    return false;
  try {
    parseToml(text, { maxDepth: 200 });
    return true;
  } catch {
    return false;
  }
}

/** A YAML mapping at the top: starts with `key:` (after an optional `---`) and parses without error. */
export function looksLikeYaml(text: string): boolean {
  const first = firstLine(text.replace(/^---[ \t]*\r?\n/, ''));
  if (first === undefined || text.length > MAX_SNIFF || !YAML_KEY.test(first)) return false;
  if (yamlDepth(text) > 256) return true;
  const document = parseYaml(text);
  return document.errors.length === 0 && document.contents !== null && 'items' in document.contents;
}
