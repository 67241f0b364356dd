import { describe, expect, it } from 'vitest';
import type { CodeBlock, ListBlock, TableBlock } from '../../../src/formats/outline/types.ts';
import { parseWikitext, WIKIPARSER_MAX_CHARS } from '../../../src/formats/wikitext/index.ts';
import { headings, item, items, section, shared } from './outline-helpers.ts';

const cc65 = shared('corpus/wikitext/colinleroy__cc65-wiki__Roadmap.mediawiki');
const sdl = shared('corpus/wikitext/libsdl-org__sdlwiki__Roadmap.mediawiki');
const r1 = shared('seeds/mozilla-bidsync-storage-api-v2.r1.wiki');
const r2 = shared('seeds/mozilla-bidsync-storage-api-v2.r2.wiki');

describe('cc65 roadmap (MediaWiki on a GitHub wiki)', () => {
  const outline = parseWikitext(cc65);

  it('reads the sections with their levels', () => {
    expect(outline.format).toBe('wikitext');
    expect(outline.warnings).toEqual([]);
    expect(headings(outline)).toEqual([
      { level: 2, text: 'Floating point support' },
      { level: 3, text: '32 vs. 48 bit' },
      { level: 3, text: 'Conclusion' },
    ]);
    expect(outline.blocks[0]?.pos).toEqual({ line: 1, column: 1 });
  });

  it('reads the summary paragraph and the list of needed parts', () => {
    const blocks = section(outline, 'Floating point support');
    expect(blocks[0]).toMatchObject({
      kind: 'paragraph',
      text: expect.stringMatching(/^Summary of the discussion in 2004/),
    });
    const list = blocks[1] as ListBlock;
    expect(list.kind).toBe('list');
    expect(list.ordered).toBe(false);
    expect(list.items.map((entry) => entry.text)).toHaveLength(6);
    expect(list.items[0]?.text).toBe('An agreed floating point number format');
    expect(list.items[5]?.text).toBe('A 6502 math library (pow(), exp(), sin(), cos(), ... the works)');
  });

  it('reads the pro/con wikitable: `!` cells are the header, cell lists are joined', () => {
    const table = section(outline, '32 vs. 48 bit').find((block) => block.kind === 'table') as TableBlock;
    expect(table.header.map((cell) => cell.text)).toEqual(['32 bit', '48 bit']);
    expect(table.rows).toHaveLength(1);
    const [pro, con] = table.rows[0] ?? [];
    expect(pro?.text).toMatch(
      /^"Standard" \(whatever that's worth\)\. Needs slightly less memory and is faster\./,
    );
    expect(pro?.text).toContain('Less precision.');
    expect(con?.text).toMatch(/^Needs slightly more memory and is slower\./);
    expect(con?.text).toContain('Better precision.');
  });

  it('keeps external links with their titles', () => {
    const blocks = section(outline, 'Conclusion');
    const links = blocks.flatMap((block) => (block.kind === 'paragraph' ? block.links : []));
    expect(links).toContainEqual({
      url: 'http://web.archive.org/web/20180419150129/http://grouper.ieee.org/groups/754/',
      title: 'IEEE 754-2008',
    });
    expect(links).toContainEqual({ url: 'https://github.com/mrdudz/cc65-floatlib', title: 'cc65-floatlib' });
    const ieee = blocks.find((block) => block.kind === 'paragraph' && block.text.startsWith('IEEE 754-2008'));
    expect(ieee).toMatchObject({
      text: 'IEEE 754-2008 (archived)',
      markdown:
        '[IEEE 754-2008](http://web.archive.org/web/20180419150129/http://grouper.ieee.org/groups/754/) (archived)',
    });
  });
});

describe('SDL 2.0 roadmap (MediaWiki converted from MoinMoin)', () => {
  const outline = parseWikitext(sdl);

  it('reads the subsystem sections and their Complete/Required/Wishlist parts', () => {
    const list = headings(outline);
    expect(list[0]).toEqual({ level: 1, text: 'SDL 2.0 Roadmap' });
    expect(list.filter((heading) => heading.level === 2).map((heading) => heading.text)).toEqual([
      'Video',
      'Audio',
      'Event',
      'Mouse Input',
      'Keyboard Input',
      'Joystick Input',
      'Multi-touch Input',
      'Multi-threading',
      'Timers',
      'General',
    ]);
    expect(list.slice(2, 5)).toEqual([
      { level: 3, text: 'Complete' },
      { level: 3, text: 'Required' },
      { level: 3, text: 'Wishlist' },
    ]);
  });

  it('drops the MoinMoin table-of-contents macro', () => {
    const texts = outline.blocks.map((block) => ('text' in block ? block.text : ''));
    expect(texts.some((text) => text.includes('TableOfContents'))).toBe(false);
    expect(outline.blocks[1]).toMatchObject({
      kind: 'paragraph',
      text: expect.stringMatching(/^This is a list of features/),
    });
  });

  it('turns coloured spans into colour marks with the coloured text', () => {
    const done = item(outline, 'Sam: Add support for multiple windows');
    expect(done.text).toBe('Sam: Add support for multiple windows');
    expect(done.marks).toEqual([
      { source: 'color', text: 'Sam: Add support for multiple windows', color: 'green' },
    ]);
    expect(item(outline, 'Ryan: Implement landscape mode').marks).toEqual([]);
    expect(item(outline, 'PCM volume control').marks).toEqual([
      { source: 'color', text: 'PCM volume control', color: 'gray' },
    ]);
  });

  it('reads internal links as text and bare URLs as links', () => {
    const timeout = item(outline, 'Add a timeout parameter');
    expect(timeout.text).toBe(
      'Add a timeout parameter for SDL_WaitEvent() (http://lists.libsdl.org/pipermail/sdl-libsdl.org/2008-May/thread.html#65067)',
    );
    expect(timeout.links).toEqual([
      { url: 'http://lists.libsdl.org/pipermail/sdl-libsdl.org/2008-May/thread.html#65067' },
    ]);
  });

  it('keeps the indented syntaxhighlight block and the A: answer under their items', () => {
    const desktop = item(outline, 'Support desktop windows');
    const code = desktop.children[0] as CodeBlock;
    expect(code).toMatchObject({ kind: 'code', lang: 'c++' });
    expect(code.text).toContain('setAttribute(Qt::WA_X11NetWmWindowTypeDesktop);');
    const question = item(outline, "Q: When you're enabling or disabling text events");
    expect(question.children).toEqual([
      expect.objectContaining({ kind: 'paragraph', text: 'A: Key events are guaranteed to happen first' }),
    ]);
  });
});

describe('Mozilla BIDSync storage plan, two revisions', () => {
  const before = parseWikitext(r1);
  const after = parseWikitext(r2);

  it('reads the section skeleton of the first revision', () => {
    expect(headings(before)).toEqual([
      { level: 4, text: 'Risks' },
      { level: 3, text: 'Storage API v2.0' },
      { level: 4, text: 'Target Timeline' },
      { level: 4, text: 'Risks' },
      { level: 3, text: 'Metrics (metlog)' },
    ]);
    expect(items(section(before, 'Risks', 1)).map(({ item }) => item.text)).toEqual([
      'Because users will reupload all their stuff, FF launch day is likely to be a heavy, heavy data day.',
    ]);
  });

  it('reads the work breakdown added in the second revision, with its estimates', () => {
    const list = headings(after);
    expect(list.slice(0, 3)).toEqual([
      { level: 4, text: 'Risks' },
      { level: 3, text: 'Storage API v2.0' },
      { level: 4, text: 'Work Breakdown' },
    ]);
    expect(list.filter((heading) => heading.level === 5).map((heading) => heading.text)).toEqual([
      'Design and Document the 2.0 Protocol API',
      'Migrate server-storage to pyramid/cornice/mozsvc',
      'Consume Sagrada Tokens',
      'Implement the 2.0 Protocol API',
      'Deploy for Client Testing',
      'Implement new database backend',
      'Fixing other Known Bugs',
    ]);
    const design = items(section(after, 'Design and Document the 2.0 Protocol API')).map(
      ({ item }) => item.text,
    );
    expect(design).toContain('Estimate: 1 day, then tweaking as needed in parallel with other tasks.');
    const backend = items(section(after, 'Implement new database backend')).map(({ item }) => item.text);
    expect(backend).toContain('Estimated Time To Testability: 3 days.');
  });

  it('nests the `**` bugs under their item', () => {
    const launch = item(after, 'Particularly any that will help reduce problems during the launch:');
    const nested = launch.children[0] as ListBlock;
    expect(nested.items.map((entry) => entry.text)).toEqual([
      'database connection closing/timeout improvements',
      'defering of deletes to a background process',
      'quota management',
      'others...?',
    ]);
  });

  it('reads the risk the second revision adds', () => {
    expect(items(section(after, 'Risks', 1)).map(({ item }) => item.text)).toEqual([
      'Because users will reupload all their stuff, FF launch day is likely to be a heavy, heavy data day.',
      "The use of a separate metadata token is currently undefined, it's not clear how or when that will fit into this plan.",
    ]);
  });
});

describe('the line-based reader for large documents', () => {
  it('reads what wikiparser-node reads, with a warning', () => {
    for (const document of [cc65, sdl, r2]) {
      const single = parseWikitext(document);
      const copies = Math.ceil(WIKIPARSER_MAX_CHARS / document.length) + 1;
      const large = parseWikitext(Array.from({ length: copies }, () => document).join('\n\n'));
      expect(large.warnings[0]?.message).toMatch(/read line by line$/);
      expect(large.blocks.slice(0, single.blocks.length)).toEqual(single.blocks);
    }
  });
});
