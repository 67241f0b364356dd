// Plain-text and wiki documents of ../shared/corpus: facts checked by reading each one.
import { describe, expect, it } from 'vitest';
import { allItems, importShared, item, section } from './load.ts';

describe('rakudo ROADMAP (plain text without extension)', () => {
  const roadmap = importShared('corpus/other/rakudo__rakudo__docs__ROADMAP');

  it('is read as plain text, not as reStructuredText for its one underlined title', () => {
    expect(roadmap.source?.format).toBe('text');
    expect(roadmap.title).toBe('Rakudo Roadmap');
    expect(roadmap.updated).toBe('2015-07-26');
    expect(roadmap.fields?.['Last updated']).toBe('2015-07-26');
    // "as things stood in December 2011" dates the text; it is not the period it plans for.
    expect(roadmap.period).toBeUndefined();
    expect(roadmap.summary).toMatch(/^This document serves as a guide/);
    expect(roadmap.summary).not.toContain('-----');
  });

  it('has the eight areas, their contacts taken out of their names', () => {
    expect(roadmap.sections?.map((s) => [s.title, s.leads, s.items?.length])).toEqual([
      ['Compiler Performance/Portability Improvements', ['jnthn'], 1],
      ['Macros', ['masak'], 3],
      ['Operators', undefined, 1],
      ['Regexes', undefined, 6],
      ['Built-ins/Data Structures', undefined, 7],
      ['Language Features', undefined, 7],
      ['Optimizer', ['jnthn'], 4],
      ['Other things (to be organized into above groups)', undefined, 1],
    ]);
    expect(allItems(roadmap)).toHaveLength(30);
  });

  it('reads each line’s priority digit and effort asterisks, not a table', () => {
    expect(item(roadmap, 'hygienic-macros-and-the-compiling-pseudopackage')).toMatchObject({
      title: 'hygienic macros and the COMPILING:: pseudopackage',
      priority: 'medium',
      priorityText: '2',
      effort: { min: 2, max: 2, unit: 'point', text: '**' },
    });
    expect(item(roadmap, 'more-advanced-perl-interop-lexical-embedding-etc')).toMatchObject({
      title: 'more advanced Perl interop (lexical embedding, etc.)',
      priority: 'low',
      priorityText: '3',
      leads: ['FROGGS'],
      effort: { min: 4, max: 4, text: '****' },
    });
    // `?`: nobody has rated the effort.
    expect(item(roadmap, 'textual-macros')).toMatchObject({ priority: 'low', priorityText: '3' });
    expect(item(roadmap, 'textual-macros').effort).toBeUndefined();
    expect(section(roadmap, 'regexes').items?.[0]?.title).toBe('~~ inside regexes');
    expect(item(roadmap, 'explicit-backtracking-control').title).toBe(
      'explicit backtracking control (::, :::)',
    );
  });

  it('takes the handles in parentheses after an entry as its contacts', () => {
    expect(item(roadmap, 'module-versioning').leads).toEqual(['lizmat', 'FROGGS']);
    expect(item(roadmap, 'packed-arrays')).toMatchObject({ leads: ['jnthn'], effort: { text: '***' } });
    expect(item(roadmap, 'd-u-constraint-tracking-and-integration-with-dispatch-analysis').title).toBe(
      ':D/:U constraint tracking and integration with dispatch analysis',
    );
  });
});

describe('SDL 2.0 roadmap (wikitext)', () => {
  const roadmap = importShared('corpus/wikitext/libsdl-org__sdlwiki__Roadmap.mediawiki');

  it('has a section per subsystem with its Complete / Required / Wishlist lists', () => {
    expect(roadmap.title).toBe('SDL 2.0 Roadmap');
    expect(roadmap.summary).toMatch(/^This is a list of features which are in progress/);
    expect(roadmap.sections?.map((s) => s.title)).toEqual([
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
    expect(section(roadmap, 'video').sections?.map((s) => [s.title, s.items?.length])).toEqual([
      ['Complete', 9],
      ['Required', 7],
      ['Wishlist', 5],
    ]);
    // A list of one `Name: task` line is still a list of tasks, not a field of the subsystem.
    expect(section(roadmap, 'joystick-input').sections?.map((s) => s.title)).toEqual([
      'Complete',
      'Required',
    ]);
    expect(allItems(roadmap)).toHaveLength(72);
  });

  it('keeps the "Other details" passage as a note on its area, not a goal', () => {
    expect(section(roadmap, 'general').fields?.['Other details']).toMatch(
      /^Ryan has more information on the SDL 2\.0 changes.*icculus\.org/,
    );
    expect(allItems(roadmap).some((i) => i.title === 'Other details')).toBe(false);
  });

  it('takes the developer each entry starts with as its lead', () => {
    expect(allItems(roadmap).filter((i) => i.leads?.includes('Sam'))).toHaveLength(27);
    expect(item(roadmap, 'add-support-for-render-targets')).toMatchObject({
      title: 'Add support for render targets',
      leads: ['Mason Wheeler', 'Gabriel Jacobo'],
    });
    expect(item(roadmap, 'create-ime-api-and-support-system-ime-interfaces').leads).toEqual([
      'Sam',
      'Jiang',
      'Daniel',
    ]);
    // A question is not a person.
    const question = section(roadmap, 'required-5').items?.[0];
    expect(question?.title).toMatch(/^Q: When you're enabling or disabling text events/);
    expect(question?.leads).toBeUndefined();
  });

  it('reads an entry coloured green as done, and leaves the others without a status', () => {
    expect(allItems(roadmap).filter((i) => i.status === 'done')).toHaveLength(35);
    expect(item(roadmap, 'create-force-feedback-api')).toMatchObject({
      status: 'done',
      statusText: 'green',
      leads: ['Edgar'],
    });
    expect(item(roadmap, 'support-shaped-windows')).toMatchObject({ status: 'done', leads: ['Andreas'] });
    expect(item(roadmap, 'implement-landscape-mode-for-iphone-port').status).toBeUndefined();
    expect(item(roadmap, 'pcm-volume-control').status).toBeUndefined();
  });
});

describe('FoFiX roadmap (Google Code wiki)', () => {
  const roadmap = importShared('corpus/other/fofix__fofix__doc__wiki__Roadmap.wiki');

  it('has the 4.0.0 milestone with its planned features in two groups', () => {
    expect(roadmap.source?.format).toBe('googlecode');
    expect(roadmap.title).toBe('FoFiX Roadmap');
    expect(roadmap.fields?.summary).toBe('Milestones and Future Plans for FoFiX');
    const milestone = section(roadmap, 'milestone-4-0-0');
    expect(milestone).toMatchObject({ title: 'Milestone: 4.0.0', kind: 'milestone' });
    // `*Final: ??*`: the bold closes after the value; nobody has set the date.
    expect(milestone.fields).toEqual({ Final: '??' });
    expect(section(roadmap, 'planned-features').title).toBe('Planned Features');
    expect(section(roadmap, 'planned-features').sections?.map((s) => [s.title, s.items?.length])).toEqual([
      ['New Features', 9],
      ['Rework', 9],
    ]);
  });

  it('keeps the nested bullets of each module as its description', () => {
    expect(item(roadmap, 'difficulty-based-careers').title).toBe('Difficulty based Careers');
    expect(item(roadmap, 'menu-py').summary).toBe('- Redo Menu to allow for tool-tip\n- Layer based menus');
    expect(item(roadmap, 'guitarscene-py').title).toBe('GuitarScene.py');
    expect(item(roadmap, 'rewrite-note-handling-issue-491').title).toBe('Rewrite Note Handling - Issue 491');
  });
});
