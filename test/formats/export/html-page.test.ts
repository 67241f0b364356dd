import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { InterchangeDocument, Roadmap } from '../../../src/domain/interchange/index.ts';
import { renderHtmlPage } from '../../../src/formats/html-page/render.ts';

const sample = (): Roadmap =>
  (
    JSON.parse(
      readFileSync(new URL('../../../samples/lanternfish-2026h1.json', import.meta.url), 'utf8'),
    ) as InterchangeDocument
  ).roadmap;

describe('standalone HTML export', () => {
  it('renders every section, item and check-in of the sample, with no script', () => {
    const html = renderHtmlPage(sample());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<h1>Lanternfish Platform Roadmap 2026 H1</h1>');
    expect(html).toContain('Version 1.0 · Period 2026h1 · Updated 2026-01-12');
    expect(html).toContain('id="item-meta-pg-migration"');
    expect(html).toContain('<span class="status status-blocked">Blocked</span>');
    expect(html).toContain('<strong>Lanternfish</strong>');
    expect(html).toContain('February 2, 2026 status');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('@media print');
  });

  it('escapes titles and fields, and renders Markdown without raw HTML or unsafe links', () => {
    const hostile: Roadmap = {
      id: 'x',
      title: '<script>alert(1)</script>',
      summary: 'Hello <img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold**',
      items: [
        {
          id: 'i',
          title: '"><svg onload=alert(1)>',
          fields: { '<b>key</b>': '<i>value</i>' },
          refs: [{ tracker: 'url', id: 'evil', url: 'javascript:alert(1)' }],
          summary: '<iframe src="https://evil.example"></iframe>',
        },
      ],
    };
    const html = renderHtmlPage(hostile);
    const document = parse(html);
    const tags: string[] = [];
    const walk = (node: {
      nodeName: string;
      childNodes?: unknown[];
      attrs?: { name: string; value: string }[];
    }) => {
      tags.push(node.nodeName);
      for (const attr of node.attrs ?? []) {
        expect(attr.name.startsWith('on')).toBe(false);
        expect(attr.value).not.toMatch(/^javascript:/i);
      }
      for (const child of node.childNodes ?? []) walk(child as typeof node);
    };
    walk(document as unknown as Parameters<typeof walk>[0]);
    for (const forbidden of ['script', 'img', 'svg', 'iframe']) expect(tags).not.toContain(forbidden);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<strong>bold</strong>');
  });
});
