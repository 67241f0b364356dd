// Org, AsciiDoc, POD and wikitext documents of ../shared/corpus: facts checked by reading each one.
import { describe, expect, it } from 'vitest';
import { importShared, item, section } from './load.ts';

describe('Blaze-Persistence roadmap (AsciiDoc)', () => {
  const roadmap = importShared('corpus/adoc/Blazebit__blaze-persistence__roadmap.asciidoc');

  it('has a milestone per release, released ones marked done', () => {
    expect(roadmap.title).toBe('Blaze-Persistence - Roadmap');
    expect(roadmap.sections?.map((s) => s.title)).toEqual([
      '2.0 Enchantress',
      '1.6 Lockjaw',
      '1.5 Zemo',
      '1.4 Coulson',
      '1.3 Fury',
      '1.2 Ink',
      '1.1 - Loki',
      '1.0 - Yellow Claw',
    ]);
    expect(roadmap.sections?.every((s) => s.kind === 'milestone')).toBe(true);
    expect(section(roadmap, '1-6-lockjaw')).toMatchObject({ status: 'done', statusText: '[RELEASED]' });
    expect(section(roadmap, '2-0-enchantress').status).toBeUndefined();
  });

  it('lists the features of each release', () => {
    expect(section(roadmap, '2-0-enchantress').items?.map((i) => i.title)).toEqual([
      'Jakarta Persistence 3.1+ and Java 11+ only',
      'Align library integration version support with upstream support guarantees',
    ]);
    expect(section(roadmap, '1-6-lockjaw').items).toHaveLength(6);
    expect(item(roadmap, 'hibernate-6-0-integration').title).toBe('Hibernate 6.0 integration');
  });
});

describe('dune ROADMAP (Org)', () => {
  const roadmap = importShared('corpus/org/ocaml__dune__ROADMAP.org');

  it('has the V1 and After V1 parts', () => {
    expect(roadmap.sections?.map((s) => s.title)).toEqual(['V1', 'After V1']);
    expect(section(roadmap, 'v1').summary).toMatch(/^Jbuilder is currently being tested/);
  });

  it('reads issue links as GitHub refs', () => {
    expect(item(roadmap, 'integrate-rules-for-output-complete-obj').refs?.[0]).toMatchObject({
      tracker: 'github',
      id: 'janestreet/jbuilder#23',
    });
    expect(item(roadmap, 'odoc-support').title).toBe('odoc support');
    expect(section(roadmap, 'cli').items?.map((i) => i.title)).toContain('Improve the man pages');
  });

  it('reads struck-through headlines as done and dated progress bullets as check-ins', () => {
    expect(item(roadmap, 'documentation')).toMatchObject({ status: 'done', statusText: '+Documentation+' });
    expect(item(roadmap, 'documentation').work).toBeUndefined();
    const feb21 = roadmap.checkins?.find((c) => c.date === '2017-02-21');
    expect(feb21?.entries?.map((e) => [e.item, e.note])).toEqual([
      ['documentation', 'There is now a manual, it still needs a bit more about CLI usage'],
      ['janestreet-jbuilder-3', expect.stringMatching(/^Rudi Grinberg added support for aliases/)],
    ]);
    expect(roadmap.checkins?.find((c) => c.date === '2017-03-07')?.entries?.[0]).toMatchObject({
      item: 'documentation',
      status: 'done',
      note: 'Manual is complete',
    });
  });
});

describe('parrot-linear-algebra ROADMAP (POD)', () => {
  const roadmap = importShared('corpus/other/Whiteknight__parrot-linear-algebra__ROADMAP.pod');

  it('has the four general plans with their descriptions', () => {
    const plans = section(roadmap, 'general-plans').items ?? [];
    expect(plans).toHaveLength(4);
    expect(plans[2]?.title).toBe('Create a proper build system.');
    expect(plans[2]?.summary).toMatch(/^Should be able to detect and link to multiple implementation/);
    expect(
      item(roadmap, 'create-proper-pir-bindings-for-cblas-and-clapack-library-routines').summary,
    ).toMatch(/^This includes/);
  });
});

describe('cc65 floating point roadmap (wikitext)', () => {
  const roadmap = importShared('corpus/wikitext/colinleroy__cc65-wiki__Roadmap.mediawiki');

  it('has the six steps as items and the comparison and conclusion as sections', () => {
    expect(roadmap.items?.map((i) => i.title)).toEqual([
      'An agreed floating point number format',
      '6502 conversion routines from int <-> float and back',
      '6502 routines to support + - * / < > <= >= == != operators',
      'changes of the compiler, assembler and linker',
      '6502 ASCII <-> FP conversion functions (e.g. for scanf/printf)',
      'A 6502 math library (pow(), exp(), sin(), cos(), ... the works)',
    ]);
    expect(roadmap.sections?.map((s) => s.title)).toEqual(['32 vs. 48 bit', 'Conclusion']);
  });
});

describe('rakudo ROADMAP (plain text without extension)', () => {
  const roadmap = importShared('corpus/other/rakudo__rakudo__docs__ROADMAP');

  it('is read as plain text, not as reStructuredText for its one underlined title', () => {
    expect(roadmap.source?.format).toBe('text');
    expect(roadmap.title).toBe('Rakudo Roadmap');
    expect(roadmap.fields?.['Last updated']).toBe('2015-07-26');
  });
});
