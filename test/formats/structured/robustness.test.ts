// Bad structured input never crashes: it is refused with a ValidationError that says what was
// expected, or imported best-effort with warnings. Wrong types, missing keys, deep nesting, huge
// lists, syntax errors, and random JSON values.
import fc from 'fast-check';
import { stringify as toToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/domain/errors.ts';
import { validateDocument } from '../../../src/domain/interchange/index.ts';
import type { DataFormat } from '../../../src/formats/detect.ts';
import { MAX_NODES } from '../../../src/formats/structured/context.ts';
import { structuredDocument } from '../../../src/formats/structured/index.ts';
import { yamlDepth } from '../../../src/formats/structured/yaml-depth.ts';

function refusal(text: string, format: DataFormat, path?: string): string {
  try {
    structuredDocument(text, format, path ? { path } : {});
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as Error).message;
  }
  throw new Error('was not refused');
}

describe('structured import of bad input', () => {
  it('refuses syntax errors naming the format', () => {
    expect(refusal('{"a": [1, 2', 'json')).toMatch(/^invalid JSON: /);
    expect(refusal('a: [1, 2\nb: c', 'yaml')).toMatch(/^invalid YAML: /);
    expect(refusal('a = ', 'toml')).toMatch(/^invalid TOML: Invalid TOML document/);
    expect(refusal('a: 1\na: 2\n', 'yaml')).toMatch(/^invalid YAML: Map keys must be unique/);
  });

  it('refuses documents that hold no roadmap, saying what was expected', () => {
    const expected =
      /^expected a waymark\/v1 document, a Kubernetes kep\.yaml, a release schedule .*; found /;
    expect(refusal('', 'yaml')).toMatch(expected);
    expect(refusal('', 'yaml')).toMatch(/found an empty document$/);
    expect(refusal('42', 'json')).toMatch(/found a single number value$/);
    expect(refusal('"roadmap"', 'json')).toMatch(/found a single string value$/);
    expect(refusal('[]', 'json')).toMatch(/found a list with no entries that name an item$/);
    expect(refusal('{"owner": "me", "year": 2024}', 'json')).toMatch(/found a mapping \(keys owner, year\)/);
    expect(refusal('[null, {}, []]', 'json')).toMatch(expected);
  });

  it('refuses a waymark document with its own issues rather than mapping it', () => {
    expect(refusal('{"format": "waymark/v1", "roadmap": {"id": "x"}}', 'json')).toMatch(
      /^not a valid waymark\/v1 document:\n {2}\/roadmap: missing required key "title"/,
    );
    const valid = structuredDocument('format: waymark/v1\nroadmap: {id: x, title: X}\n', 'yaml');
    expect(valid).toMatchObject({ kind: 'interchange', document: { roadmap: { id: 'x', title: 'X' } } });
  });

  it('reads wrong value types best-effort: objects where text was expected go to fields', () => {
    const { document } = structuredDocument(
      JSON.stringify([
        { title: { en: 'Hello' }, name: 'Greeting', status: ['a', 'b'], owner: 7, due: null, tags: {} },
      ]),
      'json',
    );
    expect(document.roadmap.items?.[0]).toEqual({
      id: 'greeting',
      title: 'Greeting',
      leads: ['7'],
      fields: { title: '{"en":"Hello"}', status: 'a, b' },
    });
  });

  it('reads release schedules with missing keys and wrong types best-effort', () => {
    const node = structuredDocument(
      JSON.stringify({ v1: { start: '2020-01-01', end: 5 }, v2: { end: '2021-01-01' } }),
      'json',
      {
        today: '2020-06-01',
      },
    );
    expect(node.document.roadmap.items?.map((i) => [i.id, i.status, i.target])).toEqual([
      ['v1', 'in_progress', { label: 'from 2020-01-01', start: '2020-01-01' }],
      ['v2', undefined, { label: 'until 2021-01-01', end: '2021-01-01' }],
    ]);
    expect(node.warnings.map((w) => w.message)).toEqual([
      '/v1/end: the end of life is not a YYYY-MM-DD date',
    ]);
    const kep = structuredDocument('kep-number: 12\nmilestone: [v1.1]\nauthors: 3\n', 'yaml');
    expect(kep.document.roadmap.items?.[0]).toMatchObject({ id: 'kep-12', title: 'KEP-12', leads: ['3'] });
  });

  it('leaves out values under empty keys, which fields cannot hold, with a warning', () => {
    const { document, warnings } = structuredDocument(
      JSON.stringify({ v1: { start: '2020-01-01', end: '2021-01-01', '': 'odd', ' ': 'blank' } }),
      'json',
    );
    expect(document.roadmap.items?.[0]?.fields).toEqual({ start: '2020-01-01', end: '2021-01-01' });
    expect(warnings.map((w) => w.message)).toEqual([
      '/: a value under an empty key was left out: "odd"',
      '/: a value under an empty key was left out: "blank"',
    ]);
  });

  it('keeps data nested beyond the depth limit as text, with a warning', () => {
    let nested: unknown = ['deep item'];
    for (let i = 0; i < 60; i++) nested = { [`level ${i}`]: nested };
    const { document, warnings } = structuredDocument(JSON.stringify(nested), 'json');
    validateDocument(document);
    expect(warnings.some((w) => /nested deeper than 24 levels: kept as text in fields/.test(w.message))).toBe(
      true,
    );
  });

  it('refuses nesting too deep to parse instead of overflowing the stack', () => {
    const depth = 10_000;
    const deep = /^invalid YAML: nested more than 256 levels deep$/;
    expect(refusal(`${'['.repeat(depth)}${']'.repeat(depth)}`, 'yaml')).toMatch(deep);
    expect(refusal(`a: ${'{b: '.repeat(depth)}1${'}'.repeat(depth)}`, 'yaml')).toMatch(deep);
    const block = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(refusal(`${block} x\n`, 'yaml')).toMatch(deep);
    expect(refusal(`${'- '.repeat(300)}x\n`, 'yaml')).toMatch(deep);
    expect(refusal(`a = ${'['.repeat(5000)}${']'.repeat(5000)}`, 'toml')).toMatch(/^invalid TOML: /);
  });

  it('estimates YAML depth without counting brackets in quotes and comments', () => {
    expect(yamlDepth('a:\n  b:\n    c: [1, {d: "[[[["}]\n')).toBe(5);
    expect(yamlDepth("a: 'it''s [' # [[[[\nb: 1\n")).toBe(1);
    expect(yamlDepth('- - - x\n')).toBe(4);
    expect(yamlDepth(`t: "${'['.repeat(1000)}"\n`)).toBe(1);
  });

  it('reads a huge list up to the item limit and says what it left out', () => {
    const list = Array.from({ length: MAX_NODES + 500 }, (_, i) => `Task ${i}`);
    const { document, warnings } = structuredDocument(JSON.stringify({ todo: list }), 'json');
    expect(document.roadmap.sections?.[0]?.items).toHaveLength(MAX_NODES - 1);
    expect(warnings.map((w) => w.message)).toContain(
      `/todo/${MAX_NODES - 1}: more than ${MAX_NODES} items and sections: the rest is left out`,
    );
  });

  it('turns any JSON value into a valid document or a ValidationError', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        for (const format of ['json', 'yaml', 'toml'] as const) {
          let text: string;
          try {
            text = format === 'toml' ? toToml(value) : JSON.stringify(value);
          } catch {
            continue; // TOML has no top-level arrays or nulls
          }
          try {
            validateDocument(structuredDocument(text, format).document);
          } catch (error) {
            if (!(error instanceof ValidationError)) throw error;
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
