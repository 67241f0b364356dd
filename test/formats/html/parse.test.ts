// parseHtml on small hand-written pages shaped like the ones people save: a MediaWiki page,
// a Sphinx docs page, a GitHub-rendered README.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/formats/html/index.ts';
import type { FieldBlock, ListBlock, TableBlock } from '../../../src/formats/outline/types.ts';
import { checkShape } from '../markdown/outline-helpers.ts';

const mediawiki = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Platform goals Q3 - Example Wiki</title>
<meta name="generator" content="MediaWiki 1.41"><script>var x = "<h2>not content</h2>";</script></head>
<body><div id="mw-navigation"><h2>Navigation menu</h2><ul><li>Main page</li></ul></div>
<div id="content" class="mw-body" role="main">
<h1 id="firstHeading" class="firstHeading">Platform goals Q3</h1>
<div id="siteSub">From Example Wiki</div>
<div id="toc" class="toc"><ul><li><a href="#Storage">1 Storage</a></li></ul></div>
<h2><span class="mw-headline" id="Storage">Storage</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/edit&amp;section=1">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
<p><b>Team manager:</b> Ada Byron<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup></p>
<ul>
<li>Move blobs to the new cluster <span style="color:green">Done</span>
<ul><li><input type="checkbox" checked disabled> Copy data</li><li><input type="checkbox"> Switch reads</li></ul></li>
<li class="goal-blocked">Retire the old cluster</li>
<li><s>Rewrite in a new language</s></li>
</ul>
<dl><dt>Dependencies on</dt><dd>SRE team</dd><dd>Network team</dd><dt>Task</dt><dd><a href="https://tracker.example/T123">T123</a></dd></dl>
<dl><dd>An indented note.</dd></dl>
<table class="wikitable">
<tbody><tr><th>Goal</th><th>Status</th></tr>
<tr><td>Quotas</td><td class="table-yes" style="background:#9f9">Yes</td></tr>
<tr style="background-color: #fcc"><td>Backups</td><td class="table-no">No</td></tr>
</tbody></table>
<h3><span id="Q3.2FQ4"></span><span class="mw-headline" id="Q3/Q4">Q3/Q4</span></h3>
<pre>rsync -a old/ new/
</pre>
</div>
<div id="footer"><ul><li>Privacy policy</li></ul></div>
</body></html>`;

describe('a MediaWiki page', () => {
  const outline = parseHtml(mediawiki);

  it('reads title and meta from the head, nothing from scripts or navigation', () => {
    checkShape(outline);
    expect(outline.title).toBe('Platform goals Q3 - Example Wiki');
    expect(outline.meta).toEqual({ generator: 'MediaWiki 1.41' });
    const words = JSON.stringify(outline.blocks);
    for (const chrome of [
      'not content',
      'Navigation menu',
      'Main page',
      'From Example Wiki',
      '1 Storage',
      'Privacy',
    ]) {
      expect(words).not.toContain(chrome);
    }
  });

  it('reads headings with mw-headline anchors and no [edit] links', () => {
    expect(outline.blocks.filter((block) => block.kind === 'heading')).toMatchObject([
      { level: 1, text: 'Platform goals Q3', anchor: 'firstHeading', pos: { line: 6, column: 1 } },
      {
        level: 2,
        text: 'Storage',
        markdown: 'Storage',
        links: [],
        anchor: 'Storage',
        pos: { line: 9, column: 1 },
      },
      { level: 3, text: 'Q3/Q4', anchor: 'Q3.2FQ4' },
    ]);
  });

  it('reads a paragraph with bold to Markdown, footnote markers dropped', () => {
    expect(outline.blocks[2]).toMatchObject({
      kind: 'paragraph',
      text: 'Team manager: Ada Byron',
      markdown: '**Team manager:** Ada Byron',
      pos: { line: 10, column: 1 },
    });
  });

  it('reads nested lists, checkboxes, colours, status classes and strikes', () => {
    const list = outline.blocks[3] as ListBlock;
    expect(list.items).toMatchObject([
      {
        text: 'Move blobs to the new cluster Done',
        marks: [{ source: 'color', text: 'Done', color: 'green' }],
        pos: { line: 12, column: 1 },
        children: [
          {
            kind: 'list',
            items: [
              { text: 'Copy data', checked: true, marks: [{ source: 'checkbox', text: '[x]' }] },
              { text: 'Switch reads', checked: false, marks: [{ source: 'checkbox', text: '[ ]' }] },
            ],
          },
        ],
      },
      { text: 'Retire the old cluster', marks: [{ source: 'class', text: 'goal-blocked' }] },
      {
        text: 'Rewrite in a new language',
        marks: [{ source: 'strike', text: '~~Rewrite in a new language~~' }],
      },
    ]);
    expect(list.items[0]).not.toHaveProperty('checked');
  });

  it('reads description lists as fields, and a lone <dd> as text', () => {
    const [dependencies, task] = outline.blocks.filter(
      (block): block is FieldBlock => block.kind === 'field',
    );
    expect(dependencies).toMatchObject({
      key: 'Dependencies on',
      value: { text: 'SRE team' },
      children: [{ kind: 'paragraph', text: 'Network team' }],
    });
    expect(task).toMatchObject({
      key: 'Task',
      value: { text: 'T123', links: [{ url: 'https://tracker.example/T123', title: 'T123' }] },
    });
    expect(outline.blocks).toContainEqual(
      expect.objectContaining({ kind: 'paragraph', text: 'An indented note.' }),
    );
  });

  it('reads the table with its header row and status cells', () => {
    const table = outline.blocks.find((block): block is TableBlock => block.kind === 'table');
    expect(table?.header.map((cell) => cell.text)).toEqual(['Goal', 'Status']);
    expect(table?.rows).toMatchObject([
      [
        { text: 'Quotas', marks: [] },
        {
          text: 'Yes',
          marks: [
            { source: 'class', text: 'table-yes' },
            { source: 'color', text: 'Yes', color: '#9f9' },
          ],
        },
      ],
      [
        { text: 'Backups', marks: [{ source: 'color', text: 'Backups', color: '#fcc' }] },
        { text: 'No', marks: [{ source: 'class', text: 'table-no' }] },
      ],
    ]);
  });

  it('reads preformatted text as code', () => {
    expect(outline.blocks.at(-1)).toEqual({
      kind: 'code',
      text: 'rsync -a old/ new/',
      pos: { line: 25, column: 1 },
    });
  });
});

describe('a docs page and a rendered README', () => {
  it('keeps a docs page’s article header and drops its permalink marks', () => {
    const outline = parseHtml(`<body><header class="site">Docs home</header><main><article>
<header><h1>Release plan<a class="headerlink" href="#release-plan">¶</a></h1></header>
<section id="milestones"><h2>Milestones</h2>
<p>Ship <em>v2</em> with <code>--fast</code>, see <a class="reference external" href="https://ex.org/v2">notes</a>.</p>
<div class="highlight-python"><div class="highlight"><pre><span>print</span>(1)</pre></div></div>
</section></article></main><footer>© us</footer></body>`);
    checkShape(outline);
    expect(outline.blocks).toMatchObject([
      { kind: 'heading', level: 1, text: 'Release plan', markdown: 'Release plan' },
      { kind: 'heading', level: 2, text: 'Milestones', anchor: 'milestones' },
      {
        kind: 'paragraph',
        text: 'Ship v2 with --fast, see notes.',
        markdown: 'Ship *v2* with `--fast`, see [notes](https://ex.org/v2).',
        links: [{ url: 'https://ex.org/v2', title: 'notes' }],
      },
      { kind: 'code', text: 'print(1)' },
    ]);
    expect(JSON.stringify(outline)).not.toMatch(/Docs home|© us|¶/);
  });

  it('reads GitHub task lists, badges and emoji', () => {
    const outline = parseHtml(`<article class="markdown-body">
<ul class="contains-task-list">
<li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" checked disabled> <del>Old plan</del></li>
<li class="task-list-item"><p><input type="checkbox" class="task-list-item-checkbox" disabled> New plan ✅</p><ul><li>detail</li></ul></li>
</ul>
<p><a href="https://ci.example"><img src="https://img.shields.io/badge/build-passing-green" alt="build passing"></a>
<img class="emoji" alt=":construction:" src="https://github.githubassets.com/images/icons/emoji/unicode/1f6a7.png"></p>
</article>`);
    checkShape(outline);
    const [list, badges] = outline.blocks;
    expect(list).toMatchObject({
      kind: 'list',
      items: [
        {
          text: 'Old plan',
          checked: true,
          marks: [
            { source: 'checkbox', text: '[x]' },
            { source: 'strike', text: '~~Old plan~~' },
          ],
        },
        {
          text: 'New plan ✅',
          checked: false,
          marks: [
            { source: 'checkbox', text: '[ ]' },
            { source: 'emoji', text: '✅' },
          ],
          children: [{ kind: 'list', items: [{ text: 'detail' }] }],
        },
      ],
    });
    expect(badges).toMatchObject({
      kind: 'paragraph',
      text: 'build passing :construction:',
      links: [{ url: 'https://ci.example', title: 'build passing' }],
      marks: [
        { source: 'marker', text: 'build passing' },
        { source: 'emoji', text: ':construction:' },
      ],
    });
  });

  it('splits a list around headings set among its items', () => {
    const outline = parseHtml(
      '<ul><h3>April</h3><li class="completed">A</li><h3>May</h3><li class="ongoing">B</li></ul>',
    );
    expect(outline.blocks).toMatchObject([
      { kind: 'heading', level: 3, text: 'April' },
      { kind: 'list', items: [{ text: 'A', marks: [{ source: 'class', text: 'completed' }] }] },
      { kind: 'heading', level: 3, text: 'May' },
      { kind: 'list', items: [{ text: 'B', marks: [{ source: 'class', text: 'ongoing' }] }] },
    ]);
  });

  it('reads loose text in containers as paragraphs and <br> as lines', () => {
    const outline = parseHtml('<div>Owner: Ann<br>Backup: Bo<div><span>Next</span></div>tail</div>');
    expect(outline.blocks.map((block) => (block.kind === 'paragraph' ? block.text : block.kind))).toEqual([
      'Owner: Ann\nBackup: Bo',
      'Next',
      'tail',
    ]);
  });

  it('decodes entities', () => {
    expect(parseHtml('<p>R&amp;D&nbsp;&#8209;&nbsp;2024 &lt;draft&gt;</p>').blocks[0]).toMatchObject({
      text: 'R&D \u2011 2024 <draft>',
    });
  });

  it('reads a table without a header row', () => {
    const outline = parseHtml('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>');
    expect(outline.blocks[0]).toMatchObject({
      kind: 'table',
      header: [],
      rows: [[{ text: 'a' }, { text: 'b' }], [{ text: 'c' }]],
    });
  });

  it('reports parse errors as warnings with positions', () => {
    const outline = parseHtml('<!doctype html><p>one</p>\n<p id="a"b>two <!-- never closed');
    expect(outline.blocks.map((block) => (block.kind === 'paragraph' ? block.text : block.kind))).toEqual([
      'one',
      'two',
    ]);
    expect(outline.warnings).toEqual([
      { line: 2, column: 10, message: 'HTML parse error: missing-whitespace-between-attributes' },
      { line: 2, column: 33, message: 'HTML parse error: eof-in-comment' },
    ]);
  });
});
