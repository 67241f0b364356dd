// parseHtml is total: whatever the input, it returns an outline and never throws. None of these
// tests measure time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/formats/html/index.ts';
import { allItems, allText, checkShape } from '../markdown/outline-helpers.ts';

const tokens = [
  '<',
  '>',
  '</',
  '/>',
  '<p>',
  '</p>',
  '<ul>',
  '<li>',
  '</li>',
  '<ol>',
  '<table>',
  '<tr>',
  '<td>',
  '<th>',
  '</table>',
  '<dl>',
  '<dt>',
  '<dd>',
  '<h2 id="x">',
  '</h2>',
  '<span style="color: red">',
  '<span class="done">',
  '</span>',
  '<input type="checkbox" checked>',
  '<a href="u">',
  '</a>',
  '<b>',
  '<i>',
  '<s>',
  '<pre>',
  '<code>',
  '<br>',
  '<img alt="x" src="https://img.shields.io/b">',
  '<script>',
  '</script>',
  '<!--',
  '-->',
  '<![CDATA[',
  '&amp;',
  '&#',
  ';',
  '"',
  "'",
  '=',
  ' ',
  '\n',
  'word',
  '\u0000',
  'é',
  '<template>',
  '<svg>',
  '<math>',
  '<select>',
  '<nav>',
  '<main>',
  '<section>',
];
const htmlish = fc.array(fc.constantFrom(...tokens), { maxLength: 200 }).map((parts) => parts.join(''));

describe('parseHtml never throws', () => {
  it('on random bytes read as Latin-1 and as UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        for (const encoding of ['latin1', 'utf8'] as const)
          checkShape(parseHtml(Buffer.from(bytes).toString(encoding)));
      }),
      { numRuns: 150 },
    );
  });

  it('on random strings and on HTML-like token soup', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => checkShape(parseHtml(text))),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(htmlish, (text) => checkShape(parseHtml(text))),
      { numRuns: 300 },
    );
  });

  it('on empty and non-string input', () => {
    expect(parseHtml('')).toEqual({ format: 'html', meta: {}, blocks: [], warnings: expect.any(Array) });
    expect(parseHtml(null as unknown as string).blocks).toEqual([]);
  });
});

describe('deep nesting is capped with a warning', () => {
  it('reads a 5,000-deep nested list, every item kept as text', () => {
    const html = `<!doctype html><body>${Array.from({ length: 5000 }, (_, i) => `<ul><li>item ${i}`).join('\n')}</body>`;
    const outline = parseHtml(html);
    checkShape(outline);
    const warning = outline.warnings.find((w) => /nested deeper/.test(w.message));
    expect(warning?.line).toBeGreaterThan(1);
    expect(warning?.column).toBeGreaterThanOrEqual(1);
    expect(allItems(outline.blocks).length).toBeLessThan(100);
    const text = allText(outline.blocks);
    for (const i of [0, 63, 64, 2500, 4999]) expect(text).toMatch(new RegExp(`item ${i}\\b`));
  });

  it('reads 100,000 nested divs and 5,000 nested spans', () => {
    for (const html of [`${'<div>'.repeat(100_000)}deep`, `<p>${'<span>'.repeat(5000)}deep`]) {
      const outline = parseHtml(html);
      checkShape(outline);
      expect(allText(outline.blocks)).toContain('deep');
      expect(outline.warnings.some((w) => /nested deeper/.test(w.message))).toBe(true);
    }
  });
});

describe('damaged and large documents', () => {
  const page = [
    '<!DOCTYPE html><html><head><title>Plan</title></head><body><main>',
    '<h2 id="a">Area</h2><p>Lead: <b>Ann</b></p>',
    '<ul><li class="done">One<ul><li><input type="checkbox" checked> Two</li></ul></li></ul>',
    '<table><thead><tr><th>Task</th><th>Status</th></tr></thead><tbody><tr><td>T</td><td style="color:red">Late</td></tr></tbody></table>',
    '<dl><dt>Effort</dt><dd>2 weeks</dd></dl><pre class="language-sh">make</pre>',
    '</main></body></html>',
  ].join('\n');

  it('reads every truncation of a page', () => {
    for (let cut = 0; cut <= page.length; cut += 7) checkShape(parseHtml(page.slice(0, cut)));
    const cut = parseHtml(page.slice(0, page.indexOf('<table>') + 30));
    expect(cut.blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'list', 'table']);
  });

  it('reads a ~10 MB page', { timeout: 600_000 }, () => {
    const body = page.slice(page.indexOf('<main>') + 6, page.indexOf('</main>'));
    const copies = Math.ceil(10_000_000 / body.length);
    const outline = parseHtml(`<html><body>${body.repeat(copies)}</body></html>`);
    expect(outline.blocks.filter((block) => block.kind === 'heading')).toHaveLength(copies);
    expect(outline.blocks.at(-1)).toMatchObject({ kind: 'code', text: 'make' });
  });
});
