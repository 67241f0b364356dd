// Software Heritage roadmaps 2021–2026: what their reStructuredText says, as an outline.
import { describe, expect, it } from 'vitest';
import type { ParagraphBlock } from '../../../src/formats/outline/types.ts';
import { parseRst } from '../../../src/formats/rst/index.ts';
import {
  allBlocks,
  asList,
  blockAfter,
  corpus,
  expectWellFormed,
  headings,
  headingTexts,
} from './outline-helpers.ts';

const swh = (name: string) => corpus(`rst/SoftwareHeritage__swh-docs__docs__${name}`);

describe('SWH roadmap 2022', () => {
  const text = swh('roadmap__roadmap-2022.rst');
  const outline = parseRst(text);

  it('takes the lone top-level title as the document title and keeps it as a level-1 heading', () => {
    expect(outline.format).toBe('rst');
    expect(outline.title).toBe('Roadmap 2022');
    expect(outline.blocks[0]).toMatchObject({
      kind: 'heading',
      level: 1,
      text: 'Roadmap 2022',
      anchor: 'roadmap-2022',
      pos: { line: 4, column: 1 },
    });
    expect(headingTexts(outline, 1)).toEqual(['Roadmap 2022']);
  });

  it('reads the six areas at one level and the ^^^ items at the next', () => {
    expect(headingTexts(outline, 2)).toEqual([
      'Collect',
      'Preserve',
      'Share',
      'Documentation',
      'Technical Debt',
      'Tooling and Infrastructure',
    ]);
    const items = headingTexts(outline, 3);
    expect(items[0]).toBe('Extend archive coverage (2+2 loaders/listers)');
    expect(items).toContain('Minimize archival lag w.r.t. upstream code hosting platforms');
    expect(items[items.length - 1]).toBe('Reliable user-level monitoring of services');
    expect(new Set(headings(outline).map((h) => h.level))).toEqual(new Set([1, 2, 3]));
  });

  it('keeps the version line as the first paragraph after the title', () => {
    expect(outline.blocks[1]).toMatchObject({
      kind: 'paragraph',
      text: '(Version 1.0, last modified 2022-04-01)',
      pos: { line: 7, column: 1 },
    });
  });

  it('resolves the Kanban board link that spans two lines', () => {
    const kanban = outline.blocks[3] as ParagraphBlock;
    expect(kanban.links).toEqual([
      { url: 'https://forge.softwareheritage.org/project/view/176/', title: 'Kanban board' },
    ]);
    expect(kanban.markdown).toContain('[Kanban board](https://forge.softwareheritage.org/project/view/176/)');
  });

  it('reads the Lead / Tags / Task / Effort / Priority bullets of an item, the task link resolved', () => {
    const fields = asList(blockAfter(outline, 'Extend archive coverage (2+2 loaders/listers)'));
    expect(fields.items.map((i) => i.text)).toEqual([
      'Lead: ardumont',
      'Tags: coverage',
      'Task: T4079',
      'Effort: variable, depending on the chosen listers/loaders (4PM ?)',
      'Priority: Medium',
    ]);
    const task = fields.items[2];
    expect(task?.links).toEqual([{ url: 'https://forge.softwareheritage.org/T4079', title: 'T4079' }]);
    expect(task?.markdown).toBe('Task: [T4079](https://forge.softwareheritage.org/T4079)');
    expect(task?.pos).toEqual({ line: 28, column: 1 });
  });

  it('reads an "Includes work:" paragraph and its list', () => {
    const label = blockAfter(outline, 'Minimize archival lag w.r.t. upstream code hosting platforms', 2);
    expect(label).toMatchObject({ kind: 'paragraph', text: 'Includes work:' });
    const work = asList(
      blockAfter(outline, 'Minimize archival lag w.r.t. upstream code hosting platforms', 3),
    );
    expect(work.items).toHaveLength(3);
    expect(work.items[1]?.links).toEqual([
      { url: 'https://forge.softwareheritage.org/T2207', title: 'T2207' },
    ]);
  });

  it('skips the contents directive and the empty comment, with no warnings', () => {
    expect(allBlocks(outline.blocks).some((b) => b.kind === 'paragraph' && b.text.includes('depth'))).toBe(
      false,
    );
    expect(outline.warnings).toEqual([]);
    expectWellFormed(outline, text);
  });
});

describe('SWH roadmaps of other years', () => {
  it('2021: lower-case fields and `text <url>`_ links', () => {
    const outline = parseRst(swh('roadmap__roadmap-2021.rst'));
    expect(outline.title).toBe('Roadmap 2021');
    expect(outline.blocks[1]).toMatchObject({
      kind: 'paragraph',
      text: '(Version 1.0, last modified 05/04/2021)',
    });
    const fields = asList(blockAfter(outline, 'Faster and more reliable save code now'));
    expect(fields.items.map((i) => i.text)).toEqual([
      'tags: openscience',
      'task: T3082',
      'lead: ardumont',
      'effort: 1 PM',
    ]);
    expect(fields.items[1]?.links).toEqual([
      { url: 'https://forge.softwareheritage.org/T3082', title: 'T3082' },
    ]);
  });

  it('2023: milestone links and bold pseudo-headings stay paragraphs', () => {
    const outline = parseRst(swh('devel__roadmap__roadmap-2023.rst'));
    expect(outline.title).toBe('Roadmap 2023');
    expect(headingTexts(outline, 2)[0]).toBe('Collect');
    const fields = asList(blockAfter(outline, 'Add support for write APIs features in GraphQL'));
    expect(fields.items[0]?.links).toEqual([
      {
        url: 'https://gitlab.softwareheritage.org/groups/swh/-/milestones/98',
        title: 'View milestone in GitLab',
      },
    ]);
    expect(fields.items.slice(1).map((i) => i.text)).toEqual(['Lead: jayesh', 'Priority: low']);
    expect(blockAfter(outline, 'Add support for write APIs features in GraphQL', 2)).toMatchObject({
      kind: 'paragraph',
      text: 'Description:',
      markdown: '**Description:**',
    });
  });

  it('2024: a nested bullet written without a blank line becomes a nested list, with a warning', () => {
    const outline = parseRst(swh('devel__roadmap__roadmap-2024.rst'));
    const work = asList(blockAfter(outline, 'Design a data model for license information', 5));
    expect(work.items.map((i) => i.text)).toEqual([
      'Review state of the art',
      'Define or identify an ontology for license information',
      'Design and implement the model',
    ]);
    const nested = asList(work.items[1]?.children[0]);
    expect(nested.items[0]?.text).toMatch(/^must take into account the ability to track license changes/);
    expect(outline.warnings).toContainEqual({
      line: 33,
      column: 3,
      message: 'bullet list starts without a blank line before it',
    });
  });

  it('2025: a continuation line indented deeper joins its item; levels follow first use of each style', () => {
    const outline = parseRst(swh('devel__roadmap__roadmap-2025.rst'));
    const goals = asList(outline.blocks[4]);
    expect(goals.items[2]?.text).toBe(
      'Empower archive users: propose new ways to access the archive to allow more usage',
    );
    // '^' is met before '-' in this document, so the '-' titles are one level deeper (as docutils reads them).
    expect(headingTexts(outline, 2)[0]).toBe('COAR Notify');
    expect(headingTexts(outline, 3)).toEqual(['CodeCommons', 'SWHSec']);
  });

  it('2026: two top-level sections, so no document title', () => {
    const outline = parseRst(swh('devel__roadmap__roadmap-2026.rst'));
    expect(outline.title).toBeUndefined();
    expect(outline.blocks[0]).toMatchObject({
      kind: 'heading',
      level: 1,
      text: 'Roadmap 2026',
      anchor: 'roadmap-2026',
    });
    expect(headingTexts(outline, 1)).toEqual([
      'Roadmap 2026',
      'Main objectives',
      'Projects',
      'Growth projects',
      'Consolidation projects for Q1 and Q2',
    ]);
    const projects = asList(blockAfter(outline, 'Projects', 2));
    expect(projects.items[0]?.links).toEqual([{ url: 'https://codecommons.org/', title: 'CodeCommons' }]);
  });
});
