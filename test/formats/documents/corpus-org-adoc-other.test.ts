// Org, AsciiDoc, POD and wikitext documents of ../shared/corpus: facts checked by reading each one.
import { describe, expect, it } from 'vitest';
import { allItems, importShared, item, section } from './load.ts';

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

describe('folktale ROADMAP (Org with its own TODO keywords)', () => {
  const roadmap = importShared('corpus/org/origamitower__folktale__ROADMAP.org');

  it('reads #+TODO sequences as status words and keeps #+STARTUP out of the roadmap', () => {
    expect(roadmap.fields).toBeUndefined();
  });

  it('has the release and the future as top sections, modules nested three levels deep', () => {
    expect(roadmap.sections?.map((s) => [s.title, s.kind])).toEqual([
      ['1.0.0 - A Tasty Prelude', 'milestone'],
      ['Future', undefined],
    ]);
    expect(section(roadmap, '1-0-0-a-tasty-prelude').sections?.map((s) => s.title)).toEqual([
      'Documentation',
      'Integration',
      'Data',
      'Core',
      'Control',
    ]);
    expect(section(roadmap, 'data').sections?.map((s) => [s.title, s.items?.length])).toEqual([
      ['Maybe', 3],
      ['Either', 3],
      ['Validation', 4],
      ['Task', 3],
    ]);
    expect(allItems(roadmap)).toHaveLength(41);
  });

  it('reads TODO as to do and the declared FEATURE keyword as an open feature', () => {
    expect(item(roadmap, 'add-contributor-documentation')).toMatchObject({
      status: 'todo',
      statusText: 'TODO',
    });
    expect(item(roadmap, 'provide-common-validation-routines')).toMatchObject({
      status: 'todo',
      statusText: 'FEATURE',
      labels: ['feature'],
    });
    expect(allItems(roadmap).filter((i) => i.statusText === 'FEATURE')).toHaveLength(7);
    expect(item(roadmap, 'rename-rightcompose-composeright').title).toBe(
      'Rename rightCompose → composeRight',
    );
    expect(section(roadmap, 'net-http-client').items?.map((i) => i.title)).toEqual([
      'Make headers type safe',
      'Common request body serialisation',
    ]);
  });
});

describe('APISnoop roadmap (Org table)', () => {
  const roadmap = importShared('corpus/org/kubernetes-sigs__apisnoop__roadmap.org');

  it('reads each table row as a release with its month as the target', () => {
    expect(roadmap.title).toBe('APISnoop Roadmap (apisnoop.cncf.ci)');
    expect(roadmap.summary).toMatch(/high level roadmap for APISnoop development/);
    const releases = section(roadmap, 'apisnoop-roadmap').items ?? [];
    expect(releases.map((i) => [i.title, i.target?.label])).toEqual([
      ['0.19.2', 'February'],
      ['0.19.3', 'March'],
    ]);
    expect(item(roadmap, '0-19-2').refs).toEqual([
      {
        tracker: 'url',
        id: 'https://github.com/cncf/apisnoop/milestone/1',
        url: 'https://github.com/cncf/apisnoop/milestone/1',
      },
    ]);
    expect(item(roadmap, '0-19-3').fields?.Features).toContain('Filter APISnoop by KAPIC/user-agent');
  });
});

describe('Hibernate Validator roadmap (AsciiDoc)', () => {
  const roadmap = importShared('corpus/adoc/hibernate__hibernate.org__validator__roadmap.adoc');

  it('has the next release as a milestone and the future versions after it', () => {
    expect(roadmap.title).toBe('Roadmap');
    expect(roadmap.fields?.author).toBe('Hardy Ferentschik');
    expect(roadmap.summary).toMatch(/^Hibernate Validator is community driven/);
    expect(roadmap.sections?.map((s) => [s.title, s.kind])).toEqual([
      ['Hibernate Validator 9.0', 'milestone'],
      ['Future versions', undefined],
    ]);
    expect(section(roadmap, 'hibernate-validator-9-0').items).toHaveLength(6);
  });

  it('names each issue by its text, the JIRA key that leads it being its ref and id', () => {
    expect(item(roadmap, 'hv-1991')).toMatchObject({
      title: 'Upgrade to JDK 17 as the baseline and drop JDK 11 compatibility',
      refs: [{ tracker: 'jira', id: 'HV-1991' }],
    });
    expect(item(roadmap, 'hv-1979').title).toBe('Upgrade to jakarta.validation-api 3.1.0');
    expect(item(roadmap, 'include-more-constraints').refs).toBeUndefined();
  });

  it('reads the future areas of the description list: one goal per hard-broken line', () => {
    const future = section(roadmap, 'future-versions');
    expect(future.sections?.map((s) => [s.title, s.items?.length])).toEqual([
      ['Engine', 5],
      ['Java modularization', 2],
      ['Annotation processor improvements', 2],
    ]);
    expect(item(roadmap, 'bval-248')).toMatchObject({
      title: 'Explore support for constraint ordering',
      refs: [{ tracker: 'jira', id: 'BVAL-248' }],
    });
    expect(item(roadmap, 'hv-308').title).toBe('Taking into account XML configuration');
    // A term with a single line is a note on the area, not a list of goals.
    expect(Object.keys(future.fields ?? {})).toEqual(['Remote API']);
    expect(future.fields?.['Remote API']).toMatch(/^Provide an HTTP endpoint/);
  });
});
