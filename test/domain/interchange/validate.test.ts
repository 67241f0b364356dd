import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/domain/errors.ts';
import { parseDocument, validateDocument } from '../../../src/domain/interchange/index.ts';

const sample = () =>
  JSON.parse(readFileSync(new URL('../../../samples/lanternfish-2026h1.json', import.meta.url), 'utf8'));

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
  throw new Error('expected a ValidationError');
}

describe('validateDocument', () => {
  it('accepts the sample roadmap that uses every field', () => {
    const doc = sample();
    expect(validateDocument(doc)).toBe(doc);
  });

  it('reports malformed JSON at the root with the parser message', () => {
    const issues = issuesOf(() => parseDocument('{"format": "waymark/v1",'));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.pointer).toBe('');
    expect(issues[0]?.message).toMatch(/^invalid JSON: /);
  });

  it('gives the JSON pointer of every schema violation', () => {
    const doc = sample();
    doc.roadmap.sections[0].items[0].status = 'doing';
    doc.roadmap.sections[0].items[1].title = '';
    doc.roadmap.sections[1].sections[0].items[0].refs[0].tracker = 'trac';
    doc.roadmap.checkins[0].colour = 'green';
    delete doc.roadmap.items[0].title;
    const issues = issuesOf(() => validateDocument(doc));
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          pointer: '/roadmap/sections/0/items/0/status',
          message: expect.stringMatching(/^must be one of proposed, todo, /),
        },
        { pointer: '/roadmap/sections/0/items/1/title', message: 'must not be empty (omit the key instead)' },
        {
          pointer: '/roadmap/sections/1/sections/0/items/0/refs/0/tracker',
          message: expect.stringContaining('github'),
        },
        { pointer: '/roadmap/checkins/0/colour', message: 'unknown key "colour"' },
        { pointer: '/roadmap/items/0', message: 'missing required key "title"' },
      ]),
    );
  });

  it('refuses a wrong format tag and bad dates', () => {
    expect(
      issuesOf(() => validateDocument({ format: 'waymark/v2', roadmap: { id: 'a', title: 'A' } }))[0]
        ?.pointer,
    ).toBe('/format');
    expect(
      issuesOf(() =>
        validateDocument({ format: 'waymark/v1', roadmap: { id: 'a', title: 'A', updated: '2026-13-01' } }),
      )[0]?.pointer,
    ).toBe('/roadmap/updated');
  });

  it('refuses ids that clash anywhere in the roadmap, including nested work', () => {
    const doc = sample();
    doc.roadmap.items[0].work = [{ id: 't4101', title: 'Clash with a section item' }];
    const issues = issuesOf(() => validateDocument(doc));
    expect(issues).toEqual([{ pointer: '/roadmap/items/0/work/0/id', message: 'duplicate item id "t4101"' }]);
  });

  it('refuses check-ins that point at sections or items that do not exist', () => {
    const doc = sample();
    doc.roadmap.checkins[0].scope = 'nowhere';
    doc.roadmap.checkins[0].entries[1].item = 'ghost';
    expect(issuesOf(() => validateDocument(doc))).toEqual([
      { pointer: '/roadmap/checkins/0/scope', message: 'no section has id "nowhere"' },
      { pointer: '/roadmap/checkins/0/entries/1/item', message: 'no item has id "ghost"' },
    ]);
  });

  it('refuses a document that is not an object at all', () => {
    for (const value of [null, 42, 'roadmap', []]) {
      expect(issuesOf(() => validateDocument(value)).length).toBeGreaterThan(0);
    }
  });
});
