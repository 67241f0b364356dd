// Inline markup of reStructuredText: to plain text, Markdown and links.
import { describe, expect, it } from 'vitest';
import type { Inline, ParagraphBlock } from '../../../src/formats/outline/types.ts';
import { parseRst } from '../../../src/formats/rst/index.ts';

/** The inline of the first paragraph of a document. */
const first = (...lines: string[]): Inline => {
  const outline = parseRst(lines.join('\n'));
  const para = outline.blocks.find((b): b is ParagraphBlock => b.kind === 'paragraph');
  if (!para) throw new Error('no paragraph');
  return { text: para.text, markdown: para.markdown, links: para.links, marks: para.marks };
};

describe('inline markup', () => {
  it('renders emphasis, strong, literals and escapes', () => {
    expect(first('a *em* **strong** ``code`` x\\*y \\`z')).toEqual({
      text: 'a em strong code x*y `z',
      markdown: 'a *em* **strong** `code` x\\*y \\`z',
      links: [],
      marks: [],
    });
  });

  it('follows the start-string rules: no markup inside words or before white space', () => {
    expect(first('2 * 3 * 4 and snake*case* and a* b').text).toBe('2 * 3 * 4 and snake*case* and a* b');
  });

  it('uses a longer fence for literals that contain backticks', () => {
    expect(first('``a `b` c``').markdown).toBe('``a `b` c``');
  });

  it('escapes Markdown syntax in plain text and at the start of a line', () => {
    expect(first('# sharp [sic] <b> _x_ #1').markdown).toBe('\\# sharp \\[sic\\] \\<b> \\_x\\_ #1');
    expect(first('\\- not a list').markdown).toBe('\\- not a list');
  });
});

describe('hyperlinks', () => {
  it('resolves embedded, named, indirect and anonymous references', () => {
    const inline = first(
      'See `the docs <https://docs.example.org/a b>`_, Python_, `alias`_, `anon one`__ and `anon two`__.',
      '',
      '.. _python: https://python.org',
      '.. _alias: Python_',
      '__ https://one.example.org',
      '.. __: https://two.example.org',
    );
    expect(inline.text).toBe('See the docs, Python, alias, anon one and anon two.');
    expect(inline.links).toEqual([
      { url: 'https://docs.example.org/ab', title: 'the docs' },
      { url: 'https://python.org', title: 'Python' },
      { url: 'https://python.org', title: 'alias' },
      { url: 'https://one.example.org', title: 'anon one' },
      { url: 'https://two.example.org', title: 'anon two' },
    ]);
    expect(inline.markdown).toBe(
      'See [the docs](https://docs.example.org/ab), [Python](https://python.org), [alias](https://python.org), [anon one](https://one.example.org) and [anon two](https://two.example.org).',
    );
  });

  it('keeps references to sections and unknown targets as their text', () => {
    const inline = first('See `Phase 1`_ and nowhere_.', '', 'Phase 1', '=======');
    expect(inline.text).toBe('See Phase 1 and nowhere.');
    expect(inline.links).toEqual([]);
  });

  it('links bare URLs and e-mail addresses, leaving out trailing punctuation', () => {
    const inline = first('At https://example.org/a_(b). or (https://x.org/y), mail a.b@example.org.');
    expect(inline.links).toEqual([
      { url: 'https://example.org/a_(b)' },
      { url: 'https://x.org/y' },
      { url: 'mailto:a.b@example.org' },
    ]);
    expect(inline.markdown).toBe(
      'At <https://example.org/a_(b)>. or (<https://x.org/y>), mail <a.b@example.org>.',
    );
  });

  it('warns about an anonymous reference with no target', () => {
    const outline = parseRst('Text and `x`__ here.');
    expect(outline.warnings).toEqual([
      { line: 1, column: 10, message: 'anonymous reference without a matching anonymous target' },
    ]);
  });
});

describe('roles', () => {
  it('renders cross-references as their text, code roles as code, :pep: and :rfc: as links', () => {
    const inline = first(
      ':ref:`Bad C API <bad-c-api>`, :ref:`label`, :doc:`guide`, :func:`~mod.run`, :code:`x = 1`,',
      ':pep:`8`, :rfc:`2822`, `default role`, :abbr:`LIFO (last-in, first-out)`, :strong:`bold`.',
    );
    expect(inline.text).toBe(
      'Bad C API, label, guide, run, x = 1, PEP 8, RFC 2822, default role, LIFO, bold.',
    );
    expect(inline.markdown).toBe(
      'Bad C API, label, guide, `run`, `x = 1`, [PEP 8](https://peps.python.org/pep-0008/), [RFC 2822](https://datatracker.ietf.org/doc/html/rfc2822.html), *default role*, LIFO, **bold**.',
    );
  });
});

describe('substitutions', () => {
  it('replaces text substitutions (with their markup), images by their alt text with a mark, unicode', () => {
    const inline = first(
      '|project| is |ok| |--| |Link|_',
      '',
      '.. |project| replace:: **Waymark**',
      '.. |ok| image:: ok.png',
      '   :alt: done',
      '.. |--| unicode:: U+2014',
      '.. |Link| replace:: the site',
      '.. _Link: https://waymark.example.org',
    );
    expect(inline.text).toBe('Waymark is done — the site');
    expect(inline.markdown).toBe('**Waymark** is done — [the site](https://waymark.example.org)');
    expect(inline.marks).toEqual([{ source: 'template', text: '|ok|' }]);
  });

  it('keeps an undefined substitution as written, with a warning at its position', () => {
    const outline = parseRst('First line\nand |missing| here.');
    expect(outline.blocks[0]).toMatchObject({ text: 'First line and |missing| here.' });
    expect(outline.warnings).toEqual([{ line: 2, column: 5, message: 'undefined substitution |missing|' }]);
  });
});

describe('unterminated markup', () => {
  it('keeps the text and warns at the start-string', () => {
    const outline = parseRst('- item with **bold and\n  `title never closed');
    expect(outline.blocks[0]).toMatchObject({
      items: [{ text: 'item with **bold and `title never closed' }],
    });
    expect(outline.warnings).toEqual([
      { line: 1, column: 13, message: 'inline strong start-string without end-string' },
      {
        line: 2,
        column: 3,
        message: 'inline interpreted text or phrase reference start-string without end-string',
      },
    ]);
  });
});
