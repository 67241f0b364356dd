// micromark and mdast set up for CommonMark + GFM + YAML front matter, parsing one chunk at a
// time, with link reference definitions known across chunks.
import type { Definition, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { Construct, Extension, ParseContext, State, TokenizeContext } from 'micromark-util-types';

const SYNTAX: Extension[] = [gfm(), frontmatter(['yaml'])];
const TREE = [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])];

export interface LinkDefinition {
  url: string;
  title?: string;
}

/** Parses one chunk; `defined` holds the reference identifiers defined anywhere in the document. */
export function parseChunk(text: string, defined: ReadonlySet<string>): Root {
  return fromMarkdown(text, { extensions: [...SYNTAX, predefine(defined)], mdastExtensions: TREE });
}

/**
 * Reads the candidate definition lines the pre-pass gathered. Keys are mdast identifiers
 * (normalised, lower case); the first definition of a label wins, as in CommonMark.
 */
export function readDefinitions(source: string): Map<string, LinkDefinition> {
  const definitions = new Map<string, LinkDefinition>();
  if (source === '') return definitions;
  const root = fromMarkdown(source, { extensions: SYNTAX, mdastExtensions: TREE });
  for (const node of root.children) {
    if (node.type !== 'definition') continue;
    const definition = node as Definition;
    if (definitions.has(definition.identifier)) continue;
    definitions.set(
      definition.identifier,
      definition.title ? { url: definition.url, title: definition.title } : { url: definition.url },
    );
  }
  return definitions;
}

/** The identifiers micromark compares (its own normalisation is upper case). */
export function micromarkIdentifiers(definitions: ReadonlyMap<string, LinkDefinition>): Set<string> {
  const ids = new Set<string>();
  for (const id of definitions.keys()) ids.add(id.toUpperCase());
  return ids;
}

/**
 * An extension that never matches anything. micromark tries it at each `]` in text, before the
 * label end that asks whether a reference is defined; the first time, it makes the parser count
 * `identifiers` as defined and swaps the parser's list of defined identifiers for one backed by a
 * Set (micromark looks references up with `Array#includes`: quadratic over many references).
 */
function predefine(identifiers: ReadonlySet<string>): Extension {
  let installed = false;
  const construct: Construct = {
    name: 'waymarkPredefine',
    add: 'before',
    tokenize(this: TokenizeContext, _effects, _ok, nok): State {
      if (!installed) {
        installed = true;
        install(this.parser, identifiers);
      }
      return nok;
    },
  };
  return { text: { 93: construct } };
}

function install(parser: ParseContext, identifiers: ReadonlySet<string>): void {
  const known = new Set<string>(parser.defined);
  for (const id of identifiers) known.add(id);
  const defined: string[] = [];
  defined.includes = (value: string) => known.has(value);
  defined.push = (...values: string[]) => {
    for (const value of values) known.add(value);
    return known.size;
  };
  parser.defined = defined;
}
