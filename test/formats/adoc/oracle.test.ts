// Asciidoctor.js, the reference processor, as an oracle on the corpus: our sections, list items,
// description terms and level-0 complaints sit on the same lines at the same levels as its own.
// (Asciidoctor 4 is asynchronous and slow on deep nesting, so the parser itself does not use it.)
import { load, MemoryLogger } from '@asciidoctor/core';
import { describe, expect, it } from 'vitest';
import { parseAsciidoc } from '../../../src/formats/adoc/index.ts';
import type { Block } from '../../../src/formats/outline/types.ts';
import { allBlocks, corpus } from '../org/invariants.ts';

type Fact = [kind: string, line: number | undefined, level?: number];

interface Node {
  getContext(): string;
  getLineNumber(): number | undefined;
  getLevel(): number;
  getBlocks(): Node[];
  getItems(): unknown[];
}

function theirs(root: Node): Fact[] {
  const facts: Fact[] = [];
  const pending: Node[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const context = node.getContext();
    if (context === 'section') facts.push(['section', node.getLineNumber(), node.getLevel()]);
    const children: Node[] = [];
    if (context === 'ulist' || context === 'olist') {
      for (const item of node.getItems() as Node[]) {
        facts.push(['item', item.getLineNumber()]);
        children.push(...item.getBlocks());
      }
    } else if (context === 'dlist') {
      for (const [terms] of node.getItems() as [Node[]][]) facts.push(['term', terms[0]?.getLineNumber()]);
    } else children.push(...node.getBlocks());
    pending.push(...children.reverse());
  }
  return facts;
}

function ours(blocks: Block[], shift: number): Fact[] {
  const facts: Fact[] = [];
  for (const block of allBlocks(blocks)) {
    if (block.kind === 'heading') facts.push(['section', block.pos.line, block.level - shift]);
    if (block.kind === 'list') for (const item of block.items) facts.push(['item', item.pos.line]);
    if (block.kind === 'field') facts.push(['term', block.pos.line]);
  }
  return facts;
}

describe.each([
  'Blazebit__blaze-persistence__roadmap.asciidoc',
  'hibernate__hibernate.org__validator__roadmap.adoc',
])('Asciidoctor agrees on %s', (file) => {
  const text = corpus(`adoc/${file}`);

  it('on sections, list items, terms, title and level-0 errors', async () => {
    const logger = MemoryLogger.create();
    const doc = await load(text, {
      sourcemap: true,
      safe: 'secure',
      logger,
      attributes: { 'attribute-missing': 'warn' },
    });
    const expected = theirs(doc as unknown as Node);
    const outline = parseAsciidoc(text);
    const shift = expected.some(([kind, , level]) => kind === 'section' && level === 0) ? 1 : 0;
    expect(ours(outline.blocks, shift)).toEqual(expected);
    expect(outline.title).toBe(doc.getDocumentTitle());

    const messages = logger.getMessages();
    const levelZero = messages.filter((m) => m.getText().startsWith('level 0 sections'));
    expect(outline.warnings.filter((w) => w.message.startsWith('level 0')).map((w) => w.line)).toEqual(
      levelZero.map((m) => m.getSourceLocation()?.getLineNumber()),
    );
    const missing = messages.filter((m) =>
      m.getText().startsWith('skipping reference to missing attribute'),
    ).length;
    const counted = outline.warnings
      .filter((w) => w.message.startsWith('undefined attribute'))
      .reduce((n, w) => n + Number(/\((\d+) references\)/.exec(w.message)?.[1] ?? 1), 0);
    expect(counted).toBe(missing);
  });
});
