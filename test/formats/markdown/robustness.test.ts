// parseMarkdown is total: whatever the input, it returns an outline (warnings for what it could
// not read) and never throws. None of these tests measure time.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/formats/markdown/index.ts';
import { parseMarkdownWith } from '../../../src/formats/markdown/parse.ts';
import { DEFAULT_LIMITS } from '../../../src/formats/markdown/prepare.ts';
import { allBlocks, allItems, allText, checkShape, corpus } from './outline-helpers.ts';

const tokens = [
  '*',
  '**',
  '_',
  '~~',
  '`',
  '```',
  '[',
  ']',
  '(',
  ')',
  '![',
  '<',
  '>',
  '</',
  '<span style="color:red">',
  '</span>',
  '<br/>',
  '<!--',
  '-->',
  '<div>',
  '</div>',
  '#',
  '## ',
  '- ',
  '1. ',
  '> ',
  '| ',
  ' |',
  '|---|',
  '---',
  '[x] ',
  '&nbsp;',
  '&#',
  ';',
  '\\',
  '{% t x %}',
  ':question:',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  ' ',
  '    ',
  '\t',
  'word',
  'é',
  '\u0000',
  '[a]: http://a\n',
  '[a]',
  '[b][a]',
  '<http://x>',
  'www.x.org',
];
const markdownish = fc.array(fc.constantFrom(...tokens), { maxLength: 200 }).map((parts) => parts.join(''));

describe('parseMarkdown never throws', () => {
  it('on random bytes read as Latin-1 and as UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        for (const encoding of ['latin1', 'utf8'] as const) {
          const outline = parseMarkdown(Buffer.from(bytes).toString(encoding));
          checkShape(outline);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('on random strings, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => checkShape(parseMarkdown(text))),
      { numRuns: 200 },
    );
  });

  it('on random Markdown-like token soup', () => {
    fc.assert(
      fc.property(markdownish, (text) => checkShape(parseMarkdown(text))),
      { numRuns: 300 },
    );
  });

  it('on non-strings smuggled in by JavaScript callers', () => {
    expect(parseMarkdown(undefined as unknown as string)).toEqual({
      format: 'md',
      meta: {},
      blocks: [],
      warnings: [],
    });
    expect(parseMarkdown(42 as unknown as string).blocks).toMatchObject([{ kind: 'paragraph', text: '42' }]);
  });
});

describe('deep nesting is capped with a warning', () => {
  it('reads a 5,000-deep nested list on one line', () => {
    const outline = parseMarkdown(`${'- '.repeat(5000)}deepest`);
    checkShape(outline);
    expect(outline.warnings[0]).toMatchObject({ line: 1, column: 1 + 2 * DEFAULT_LIMITS.maxMarkers });
    expect(outline.warnings[0]?.message).toMatch(/nested too deep/);
    const items = allItems(outline.blocks);
    expect(items).toHaveLength(DEFAULT_LIMITS.maxMarkers);
    expect(items.at(-1)?.text).toMatch(/^- - - .*deepest$/);
  });

  it('reads a list nested one level per line, 500 deep', () => {
    const depth = 500;
    const lines = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item ${i}`);
    const outline = parseMarkdown(lines.join('\n'));
    checkShape(outline);
    expect(outline.warnings.some((warning) => /nested too deep/.test(warning.message))).toBe(true);
    // Nothing is lost: the items past the limit are text of the deepest one.
    const texts = allText(outline.blocks);
    for (const i of [0, 1, 63, 64, 250, depth - 1]) expect(texts).toMatch(new RegExp(`item ${i}\\b`));
    expect(allItems(outline.blocks).length).toBeLessThan(100);
  });

  it('reads 5,000 nested block quotes', () => {
    const outline = parseMarkdown(`${'>'.repeat(5000)} quoted`);
    checkShape(outline);
    expect(outline.warnings[0]?.line).toBe(1);
    expect(outline.blocks).toHaveLength(1);
  });

  it('reads 5,000 nested HTML lists in an HTML block', () => {
    const outline = parseMarkdown(`Intro\n\n${'<ul><li>level'.repeat(5000)}\n`);
    checkShape(outline);
    expect(
      outline.warnings.some((warning) => warning.line === 3 && /nested deeper/.test(warning.message)),
    ).toBe(true);
  });

  it('reads 5,000 nested inline spans and emphasis', () => {
    for (const text of [`${'<span>'.repeat(5000)}x`, `${'*a '.repeat(5000)}x${' b*'.repeat(5000)}`]) {
      const outline = parseMarkdown(text);
      checkShape(outline);
      expect(outline.warnings.length).toBeGreaterThan(0);
      expect(outline.blocks.length).toBeGreaterThan(0);
    }
  });
});

describe('damaged documents', () => {
  it('reads truncated corpus documents as far as they go', () => {
    const documents = [
      'md/monero-project__monero-site__resources__roadmap__index.md',
      'md/tc39__proposals__README.md',
      'md/beanvalidation__beanvalidation.org__roadmap.md',
      'md/rust-lang__rust-project-goals__src__2024h2__async.md',
    ];
    for (const path of documents) {
      const text = corpus(path);
      for (const fraction of [0.02, 0.37, 0.5, 0.81]) {
        const outline = parseMarkdown(text.slice(0, Math.floor(text.length * fraction)));
        checkShape(outline);
      }
    }
    // Cut inside the HTML block: the list items up to the cut are there.
    const monero = corpus('md/monero-project__monero-site__resources__roadmap__index.md');
    const cut = parseMarkdown(monero.slice(0, monero.indexOf('roadmap.paper4')));
    expect(
      allItems(cut.blocks)
        .map((item) => item.text)
        .slice(-2),
    ).toEqual(['{% t roadmap.released-0-8-8-6 %}', '{% t']);
    // Cut inside the front matter: no front matter, no crash.
    const bean = parseMarkdown(corpus('md/beanvalidation__beanvalidation.org__roadmap.md').slice(0, 30));
    expect(bean.title).toBeUndefined();
  });

  it('reads unclosed fences, HTML and front matter', () => {
    for (const text of [
      '```\ncode',
      '<div>\n<ul><li>a',
      '---\ntitle: x\n',
      '<!-- never closed\n\n# H',
      '[a]:',
      '|a|\n|-',
    ]) {
      checkShape(parseMarkdown(text));
    }
  });
});

describe('parsing in chunks changes nothing', () => {
  const files = readdirSync(new URL('../../../../shared/corpus/md/', import.meta.url)).filter((f) =>
    f.endsWith('.md'),
  );

  it.each(files)('%s', (file) => {
    const text = corpus(`md/${file}`);
    const whole = parseMarkdownWith(text, { ...DEFAULT_LIMITS, chunkTarget: Number.MAX_SAFE_INTEGER });
    const pieces = parseMarkdownWith(text, { ...DEFAULT_LIMITS, chunkTarget: 1 });
    expect(pieces).toEqual(whole);
    expect(parseMarkdown(text)).toEqual(whole);
  });
});

describe('large documents', () => {
  it('reads a ~10 MB document', { timeout: 600_000 }, () => {
    const section = (i: number): string =>
      [
        `## Area ${i}`,
        '',
        `Status: <span style="color: green">On track</span>. Lead: Person ${i % 17}. See [tracker][t${i % 50}].`,
        '',
        `* [x] Finish item ${i} with **bold** and \`code\``,
        `* [ ] Plan item ${i}`,
        `  * nested detail with a [link](https://example.org/${i})`,
        '',
        '| Task | Owner | Notes |',
        '|------|-------|-------|',
        `| ~~Old ${i}~~ | @someone | ![Complete][] |`,
        '',
        '> A quoted note that runs for a while to make the paragraph long enough to be realistic.',
        '',
      ].join('\n');
    const definitions = Array.from({ length: 50 }, (_, i) => `[t${i}]: https://example.org/t/${i}`).join(
      '\n',
    );
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; length < 10_000_000; i++) {
      const part = section(i);
      parts.push(part);
      length += part.length + 1;
    }
    const text = `${parts.join('\n')}\n${definitions}\n\n[Complete]: https://img.shields.io/badge/Complete-green\n`;
    const outline = parseMarkdown(text);
    expect(outline.blocks.length).toBeGreaterThanOrEqual(parts.length * 5);
    const last = allBlocks(outline.blocks)
      .filter((block) => block.kind === 'heading')
      .at(-1);
    expect(last).toMatchObject({ text: `Area ${parts.length - 1}` });
  });
});
