// Arbitraries for the parsers' robustness (totality) tests: random text of every kind and real
// documents cut short with lines dropped or repeated.
import fc from 'fast-check';

/** Any string, any binary string, and a soup of the format's own tokens. */
export function anyText(tokens: readonly string[], maxTokens = 80): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(fc.constantFrom(...tokens), { maxLength: maxTokens }).map((parts) => parts.join('')),
  );
}

/** One of the documents truncated at a random point, with up to `maxEdits` lines deleted or duplicated. */
export function mutatedDocument(documents: readonly string[], maxEdits = 8): fc.Arbitrary<string> {
  return fc
    .record({
      doc: fc.constantFrom(...documents),
      cut: fc.double({ min: 0, max: 1, noNaN: true }),
      edits: fc.array(fc.record({ at: fc.nat(), drop: fc.boolean() }), { maxLength: maxEdits }),
    })
    .map(({ doc, cut, edits }) => {
      const lines = doc.slice(0, Math.floor(doc.length * cut)).split('\n');
      for (const { at, drop } of edits) {
        const index = at % Math.max(1, lines.length);
        if (drop) lines.splice(index, 1);
        else lines.splice(index, 0, lines[index] ?? '');
      }
      return lines.join('\n');
    });
}
