// Bad input never crashes the importer: it either imports with warnings that carry positions or
// is refused with a clear message. Random, mutated and oversized documents of every format.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../src/domain/interchange/index.ts';
import { decodeText, NotTextError } from '../../src/formats/decode.ts';
import { FORMAT_NAMES } from '../../src/formats/detect.ts';
import { importText } from '../../src/formats/import-text.ts';

const SHARED = new URL('../../../shared/', import.meta.url);
const TEXT_FORMATS = FORMAT_NAMES.filter(
  (format) => format !== 'json' && format !== 'yaml' && format !== 'toml',
);

function corpusFiles(): string[] {
  const out: string[] = [];
  for (const dir of ['md', 'rst', 'wikitext', 'org', 'adoc', 'other']) {
    for (const name of readdirSync(new URL(`corpus/${dir}/`, SHARED))) out.push(`corpus/${dir}/${name}`);
  }
  for (const name of readdirSync(new URL('seeds/', SHARED)))
    if (!name.endsWith('diff.txt')) out.push(`seeds/${name}`);
  return out;
}

/** The importer's whole contract on any text: a valid document whose warnings have positions. */
function importsCleanly(text: string, path?: string, format?: (typeof TEXT_FORMATS)[number]): void {
  const { document, warnings } = importText(text, {
    ...(path ? { path } : {}),
    ...(format ? { format } : {}),
  });
  validateDocument(document);
  for (const warning of warnings) {
    expect(warning.line).toBeGreaterThanOrEqual(0);
    expect(warning.column).toBeGreaterThanOrEqual(0);
    expect(warning.message.length).toBeGreaterThan(0);
  }
}

describe('importer robustness', () => {
  it('refuses binary data with a clear message', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(() => decodeText(png)).toThrow(NotTextError);
    expect(() => decodeText(png)).toThrow(/binary data/);
  });

  it('reads UTF-16 with a BOM and falls back to Windows-1252 with a warning', () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('# Roadmap\n\n- Ship it\n', 'utf16le'),
    ]);
    expect(decodeText(utf16).text).toBe('# Roadmap\n\n- Ship it\n');
    const latin1 = Buffer.from('# Caf\xe9 roadmap\n', 'latin1');
    const decoded = decodeText(latin1);
    expect(decoded.text).toBe('# Café roadmap\n');
    expect(decoded.warnings[0]).toMatchObject({
      line: 1,
      column: 1,
      message: expect.stringContaining('UTF-8'),
    });
  });

  it('imports any random text in every format', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.constantFrom(...TEXT_FORMATS),
        (text, format) => {
          importsCleanly(text, undefined, format);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('imports every corpus document cut short, or with lines dropped and repeated', () => {
    const files = corpusFiles();
    fc.assert(
      fc.property(
        fc.constantFrom(...files),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (file, cut, picks) => {
          const { text } = decodeText(readFileSync(new URL(file, SHARED)));
          const lines = text.slice(0, Math.floor(text.length * cut)).split('\n');
          for (const pick of picks) {
            const at = pick % Math.max(lines.length, 1);
            if (pick % 2 === 0) lines.splice(at, 1);
            else lines.splice(at, 0, lines[at] ?? '');
          }
          importsCleanly(lines.join('\n'), file.split('/').pop());
        },
      ),
      { numRuns: 120 },
    );
  });

  it('imports deeply nested lists in every format', () => {
    const nested: Record<string, string> = {
      md: Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
      rst: Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- level ${i}\n`).join('\n'),
      wikitext: Array.from({ length: 2000 }, (_, i) => `${'*'.repeat(i + 1)} level ${i}`).join('\n'),
      text: Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}• level ${i}`).join('\n'),
      org: Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
      adoc: Array.from({ length: 2000 }, (_, i) => `${'*'.repeat(i + 1)} level ${i}`).join('\n'),
      html: `${'<ul><li>level'.repeat(3000)}${'</li></ul>'.repeat(3000)}`,
    };
    for (const [format, text] of Object.entries(nested)) {
      importsCleanly(text, undefined, format as (typeof TEXT_FORMATS)[number]);
    }
  });

  // Long runs of one markup character are where backtracking patterns blow up (a line of `=` under
  // an RST title once hung the Textile reader).
  it('imports long runs of every markup character in every format', () => {
    const runs = [...'=-*#_~^+<>|:.`[]{}()!"\'/\\%@?&;'].flatMap((c) => [
      c.repeat(3000),
      `${c.repeat(1500)} x ${c.repeat(1500)}`,
      `Title\n${c.repeat(3000)}\n`,
    ]);
    for (const format of TEXT_FORMATS) {
      for (const text of runs) importsCleanly(text, undefined, format);
    }
  });

  it('imports a 10 MB Markdown roadmap', { timeout: 180_000 }, () => {
    const section = (n: number) =>
      `## Area ${n}\n\n${Array.from({ length: 40 }, (_, i) => `- Goal ${n}.${i} [x] Lead: someone T${n}${i}`).join('\n')}\n\n`;
    let text = '# Big roadmap\n\n';
    for (let n = 0; text.length < 10_000_000; n++) text += section(n);
    const { document } = importText(text, { format: 'md' });
    expect(document.roadmap.sections?.length).toBeGreaterThan(1000);
  });
});
