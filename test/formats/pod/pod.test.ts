import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ListBlock } from '../../../src/formats/outline/types.ts';
import { parsePod } from '../../../src/formats/pod/index.ts';
import { corpus, expectWellFormed } from '../rst/outline-helpers.ts';

const pod = (...lines: string[]) => parsePod(lines.join('\n'));

describe('parrot-linear-algebra ROADMAP.pod', () => {
  const text = corpus('other/Whiteknight__parrot-linear-algebra__ROADMAP.pod');
  const outline = parsePod(text);

  it('reads the headings and the =item* list with each item followed by its paragraph', () => {
    expect(outline.format).toBe('pod');
    expect(outline.blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'list']);
    expect(outline.blocks[0]).toMatchObject({ level: 1, text: 'ROADMAP', pos: { line: 1 } });
    expect(outline.blocks[1]).toMatchObject({ level: 2, text: 'General Plans', pos: { line: 3 } });
    const list = outline.blocks[2] as ListBlock;
    expect(list.ordered).toBe(false);
    expect(list.items.map((i) => i.text)).toEqual([
      'Create a basic, dense, 2D Matrix PMC type that contains bindings for CBLAS routines.',
      'Create proper PIR bindings for CBLAS and CLAPACK library routines.',
      'Create a proper build system.',
      'Creation of any additonal bindings or wrappers that may be useful to high-level language projects',
    ]);
    expect(list.items.map((i) => i.pos.line)).toEqual([7, 13, 18, 25]);
    expect(list.items[0]?.children).toMatchObject([
      {
        kind: 'paragraph',
        text: 'This includes basic VTABLEs (add, subtract, multiply, divide, etc). Add METHODs for other interesting routines. Find a good way to do multi-level indices.',
      },
    ]);
    expect(list.items[3]?.children).toEqual([]);
  });

  it('has no title (no NAME section) and no warnings', () => {
    expect(outline.title).toBeUndefined();
    expect(outline.warnings).toEqual([]);
    expectWellFormed(outline, text);
  });
});

describe('POD', () => {
  it('skips Perl code outside POD and reads the NAME line as the title', () => {
    const outline = pod(
      '#!/usr/bin/perl',
      'use strict;',
      '',
      '=head1 NAME',
      '',
      'Foo::Bar - plans',
      '',
      '=cut',
      '',
      'sub x {}',
      '',
      '=head2 Later',
    );
    expect(outline.title).toBe('Foo::Bar - plans');
    expect(outline.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'heading']);
    expect(outline.blocks[2]).toMatchObject({ level: 2, text: 'Later', pos: { line: 12, column: 8 } });
  });

  it('renders formatting codes to Markdown', () => {
    const outline = pod(
      '=pod',
      '',
      'B<bold> I<it> C<< $a->b >> E<lt>tagE<gt> F<file> S<a b>X<index>Z<> L<perlpod> L<Foo/"Bar">',
      'L<the docs|https://perldoc.perl.org/perlpod> L<https://cpan.org>',
    );
    expect(outline.blocks[0]).toMatchObject({
      text: 'bold it $a->b <tag> file a b perlpod "Bar" in Foo the docs https://cpan.org',
      markdown:
        '**bold** *it* `$a->b` \\<tag> *file* a b perlpod "Bar" in Foo [the docs](https://perldoc.perl.org/perlpod) <https://cpan.org>',
      links: [{ url: 'https://perldoc.perl.org/perlpod', title: 'the docs' }, { url: 'https://cpan.org' }],
    });
  });

  it('reads numbered items, term items and items whose text is the next paragraph', () => {
    const outline = pod(
      '=over 4',
      '',
      '=item 1. First',
      '',
      '=item 2. Second',
      '',
      '=back',
      '',
      '=over',
      '',
      '=item *',
      '',
      'From the paragraph.',
      '',
      '=item Term',
      '',
      'Its description.',
      '',
      '=back',
    );
    const [numbered, mixed] = outline.blocks as ListBlock[];
    expect(numbered?.ordered).toBe(true);
    expect(numbered?.items.map((i) => i.text)).toEqual(['First', 'Second']);
    expect(mixed?.items.map((i) => [i.text, i.children.length])).toEqual([
      ['From the paragraph.', 0],
      ['Term', 1],
    ]);
  });

  it('merges verbatim paragraphs into one code block and skips =begin/=end and =for', () => {
    const outline = pod(
      '=pod',
      '',
      '    line 1',
      '      line 2',
      '',
      '    line 3',
      '',
      '=begin html',
      '',
      '<p>x</p>',
      '',
      '=end html',
      '',
      '=for comment nothing',
      '',
      'After.',
    );
    expect(outline.blocks).toEqual([
      { kind: 'code', text: 'line 1\n  line 2\n\nline 3', pos: { line: 3, column: 1 } },
      expect.objectContaining({ kind: 'paragraph', text: 'After.' }),
    ]);
  });

  it('warns about what it cannot read as written', () => {
    const outline = pod(
      '=pod',
      '',
      '=item stray',
      '',
      '=back',
      '',
      '=back',
      '',
      '=frobnicate x',
      '',
      'B<open',
      '',
      '=over',
      '',
      '=head1 Inside',
    );
    expect(outline.warnings).toEqual([
      { line: 3, column: 1, message: '=item outside =over' },
      { line: 7, column: 1, message: '=back without =over' },
      { line: 9, column: 1, message: 'unknown command =frobnicate: its text is kept as a paragraph' },
      { line: 11, column: 7, message: 'unterminated B<...> formatting code' },
      { line: 15, column: 1, message: '=head1 inside =over: the list is closed' },
    ]);
  });

  it('reads a text without any command as POD paragraphs', () => {
    expect(pod('Just text.').blocks).toMatchObject([{ kind: 'paragraph', text: 'Just text.' }]);
  });
});

describe('parsePod on arbitrary input', () => {
  const PIECES = [
    '=head1 ',
    '=head2 ',
    '=over',
    '=item ',
    '=item* ',
    '=item 1.',
    '=back',
    '=begin x',
    '=end x',
    '=for x',
    '=cut',
    '=pod',
    'B<',
    'I<',
    'C<< ',
    ' >>',
    '>',
    '<',
    'E<',
    'L<',
    '|',
    '/',
    '"',
    'text',
    '  ',
    '\t',
    '\n',
    '\n\n',
    'é',
  ];
  const podish = fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }).map((parts) => parts.join(''));

  it('never throws and keeps positions inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(podish, fc.string({ unit: 'grapheme', maxLength: 300 })), (text) => {
        expectWellFormed(parsePod(text), text);
      }),
      { numRuns: 400 },
    );
  });

  it('reads deep nesting, 10 MB and truncated documents', () => {
    const doc = corpus('other/Whiteknight__parrot-linear-algebra__ROADMAP.pod');
    for (const text of [
      `=pod\n\n${'B<I<'.repeat(100_000)}x`,
      '=over\n\n'.repeat(2000),
      doc.repeat(Math.ceil(10_000_000 / doc.length)),
      ...[0.1, 0.3, 0.5, 0.7, 0.9].map((cut) => doc.slice(0, Math.floor(doc.length * cut))),
    ]) {
      const outline = parsePod(text);
      expect(outline.format).toBe('pod');
      expect(outline.warnings.length).toBeLessThanOrEqual(1000);
    }
  });
});
