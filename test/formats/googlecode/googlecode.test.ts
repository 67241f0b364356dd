import { describe, expect, it } from 'vitest';
import { parseGoogleCodeWiki } from '../../../src/formats/googlecode/index.ts';
import type { ListBlock, TableBlock } from '../../../src/formats/outline/types.ts';
import { headings, item, items, nested, section, shared } from '../wikitext/outline-helpers.ts';

describe('FoFiX roadmap (Google Code wiki)', () => {
  const outline = parseGoogleCodeWiki(shared('corpus/other/fofix__fofix__doc__wiki__Roadmap.wiki'));

  it('reads the pragmas as metadata', () => {
    expect(outline.format).toBe('googlecode');
    expect(outline.meta).toEqual({
      summary: 'Milestones and Future Plans for FoFiX',
      labels: 'Phase-Implementation',
    });
    expect(outline.warnings).toEqual([]);
  });

  it('reads the headings with their levels', () => {
    expect(headings(outline)).toEqual([
      { level: 1, text: 'FoFiX Roadmap' },
      { level: 2, text: 'Milestone: 4.0.0' },
      { level: 4, text: 'Planned Features:' },
      { level: 5, text: 'New Features' },
      { level: 5, text: 'Rework' },
    ]);
    expect(outline.blocks[0]?.pos).toEqual({ line: 3, column: 1 });
  });

  it('reads the bold milestone date line', () => {
    expect(section(outline, 'Milestone: 4.0.0')[0]).toMatchObject({
      kind: 'paragraph',
      text: 'Final: ??',
      markdown: '**Final: ??**',
    });
  });

  it('nests the two-space-indented bullets', () => {
    const features = items(section(outline, 'New Features'));
    expect(features.map(({ item }) => item.text)).toContain('Single song database - Issue 346');
    expect(features.find(({ item }) => item.text.startsWith('Option for "Random Neck"'))?.depth).toBe(1);
    const dialogs = item(outline, 'Dialogs.py');
    const chooser = nested(dialogs);
    expect(chooser.items.map((entry) => entry.text)).toEqual([
      'Move SongChooser into SongChooseScene',
      'Look at redoing itemChooser',
      'Remove theme-type forks for songChooser',
    ]);
    expect(nested(chooser.items[1]).items.map((entry) => entry.text)).toEqual([
      'Separate difficulty/part from itemchoosing',
      'Other reworking',
    ]);
    expect(item(outline, 'GuitarScene.py').pos).toEqual({ line: 29, column: 3 });
  });
});

describe('Google Code wiki syntax', () => {
  it('reads typefaces, links and escapes', () => {
    const outline = parseGoogleCodeWiki(
      'Some *bold*, _italic_, ~~gone~~ and `code` in !WikiWord [http://example.org the site] [OtherPage label] http://x.org/a.',
    );
    expect(outline.blocks[0]).toMatchObject({
      text: 'Some bold, italic, gone and code in WikiWord the site label http://x.org/a.',
      markdown:
        'Some **bold**, *italic*, ~~gone~~ and `code` in WikiWord [the site](http://example.org) label http://x.org/a.',
      links: [{ url: 'http://example.org', title: 'the site' }, { url: 'http://x.org/a' }],
    });
  });

  it('leaves snake_case and lone stars alone', () => {
    expect(parseGoogleCodeWiki('use my_var_name * 2 and __init__').blocks[0]).toMatchObject({
      text: 'use my_var_name * 2 and __init__',
    });
  });

  it('reads numbered lists, code blocks and tables', () => {
    const text = '  # First\n  # Second\n\n{{{\nmake all\n}}}\n\n|| *Goal* || *Owner* ||\n|| Sync || Ana ||';
    const [list, code, table] = parseGoogleCodeWiki(text).blocks as [ListBlock, unknown, TableBlock];
    expect(list).toMatchObject({ ordered: true, items: [{ text: 'First' }, { text: 'Second' }] });
    expect(code).toEqual({ kind: 'code', text: 'make all', pos: { line: 4, column: 1 } });
    expect(table.header.map((cell) => cell.text)).toEqual(['Goal', 'Owner']);
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([['Sync', 'Ana']]);
  });

  it('treats an unindented star line as bold text, not a list', () => {
    expect(parseGoogleCodeWiki('*Final: ??*').blocks[0]).toMatchObject({
      kind: 'paragraph',
      markdown: '**Final: ??**',
    });
  });

  it('warns about an unclosed code block', () => {
    expect(parseGoogleCodeWiki('text\n{{{\ncode').warnings).toEqual([
      { line: 2, column: 1, message: 'code block {{{ is never closed with }}}' },
    ]);
  });
});
