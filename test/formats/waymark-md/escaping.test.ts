// User text that looks like Markdown or HTML comes back identical and never becomes markup:
// not in Waymark's reader, not in a Markdown renderer with raw HTML off, not on GitHub (where
// `<` escaped with a backslash is shown as text).
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { InterchangeDocument, Item } from '../../../src/domain/interchange/index.ts';
import { readWaymarkMarkdown, renderWaymarkMarkdown } from '../../../src/formats/waymark-md/index.ts';

const HOSTILE = [
  '# not a heading',
  '## Two',
  '*bold* and _em_ and **strong**',
  '[x](y)',
  '![img](http://example.org/x.png)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'a | b | c',
  '- leading dash',
  '+ plus',
  '1. first',
  '2) second',
  '`code` and ``double``',
  '```',
  'title {#other-id}',
  'braces {#x .section level=9}',
  '---',
  '===',
  '> quoted',
  '[ ] box',
  '[x] done box',
  'Status: done',
  'Key: value, with comma',
  '&amp; &#65; &lt;',
  'back\\slash\\',
  'ends with #',
  '##',
  '  spaced both ends  ',
  'line\nbreak',
  '\ttab',
  '$x^2$ math',
  '~~strike~~ ~one~',
  '<!-- comment -->',
  'http://example.org/autolink',
  '(parenthesised)',
  'ends with (paren)',
  'ｆｕｌｌ width',
  '\u0000nul',
  '\ud800 lone',
];

const html = new MarkdownIt({ html: false });
const gfmLike = new MarkdownIt({ html: true });

function roadmapWith(text: string): InterchangeDocument {
  const work: Item = { id: 'w', title: text, status: 'done' };
  return {
    format: 'waymark/v1',
    roadmap: {
      id: 'r',
      title: text,
      version: text,
      fields: { [text]: text },
      links: [{ title: text, url: text }],
      sections: [
        {
          id: 's',
          title: text,
          leads: [text, text],
          statusText: text,
          fields: { [text]: text, Status: text },
          items: [
            {
              id: 'i',
              title: text,
              statusText: text,
              priorityText: text,
              leads: [text],
              tags: [text, 'plain'],
              refs: [{ tracker: 'url', id: text, url: text }],
              effort: { text },
              target: { label: text },
              kpis: [
                {
                  name: text,
                  target: text,
                  unit: text,
                  measurements: [{ date: '2025-01-01', value: text, source: text }],
                },
              ],
              risks: [{ text, mitigation: text, owner: text }],
              dependsOn: [text],
              fields: { [text]: text },
              work: [work],
            },
          ],
        },
      ],
      checkins: [
        {
          id: 'c',
          date: '2025-01-01',
          title: text,
          entries: [{ item: 'i', title: text, status: 'done', statusText: text }],
        },
      ],
    },
  };
}

describe('escaping in Waymark Markdown', () => {
  it.each(HOSTILE)('%j comes back identical from every place it can stand', (text) => {
    const document = roadmapWith(text);
    const { document: back, warnings } = readWaymarkMarkdown(renderWaymarkMarkdown(document));
    expect(warnings).toEqual([]);
    expect(back).toEqual(document);
  });

  it.each(HOSTILE)('%j as a summary or note comes back identical', (text) => {
    const document: InterchangeDocument = {
      format: 'waymark/v1',
      roadmap: {
        id: 'r',
        title: 'R',
        summary: text,
        items: [{ id: 'i', title: 'I', summary: text, status: 'done' }],
        checkins: [
          {
            id: 'c',
            date: '2025-01-01',
            summary: text,
            entries: [{ title: 'E', status: 'done', note: text }],
          },
        ],
      },
    };
    expect(readWaymarkMarkdown(renderWaymarkMarkdown(document)).document).toEqual(document);
  });

  it('never lets a title become HTML, with raw HTML off or on', () => {
    for (const text of ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<!-- comment -->']) {
      const markdown = renderWaymarkMarkdown(roadmapWith(text));
      for (const renderer of [html, gfmLike]) {
        const page = renderer.render(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''));
        expect(page).not.toMatch(/<img|<script|<!--/);
        expect(page).toContain(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
      }
    }
  });

  it('shows a title as its own text: no emphasis, link, code or heading made from it', () => {
    const text = '*a* [b](c) `d` # e ~f~';
    const markdown = renderWaymarkMarkdown({ format: 'waymark/v1', roadmap: { id: 'r', title: text } });
    const page = html.render(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''));
    expect(page).toBe(`<h1>${text}</h1>\n`);
  });

  it('writes a summary that would read as structure in a fenced block GitHub shows as code', () => {
    const summary = '# Heading inside\n\n- Status: done\n\n```\nunclosed';
    const markdown = renderWaymarkMarkdown({
      format: 'waymark/v1',
      roadmap: { id: 'r', title: 'R', summary },
    });
    expect(markdown).toContain(`\`\`\`\`markdown waymark\n${summary}\n\`\`\`\``);
  });

  it('writes plain Markdown summaries as they are', () => {
    // A list right after the field list would join it: a hidden comment ends the field list.
    const summary =
      '- a list\n- of points\n\nSome *prose* with a [link](https://example.org).\n\n| a | b |\n|---|---|\n| 1 | 2 |';
    const markdown = renderWaymarkMarkdown({
      format: 'waymark/v1',
      roadmap: { id: 'r', title: 'R', items: [{ id: 'i', title: 'I', status: 'done', summary }] },
    });
    expect(markdown).toContain(`- Status: done\n\n<!-- -->\n\n${summary}\n`);
    expect(readWaymarkMarkdown(markdown).document.roadmap.items?.[0]?.summary).toBe(summary);
  });
});
