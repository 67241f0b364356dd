// The reader on text written by hand: the shorter forms it accepts, and a warning with its line
// for every part it cannot read, never an exception and never an invalid document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../../src/domain/interchange/index.ts';
import { isWaymarkMarkdown, readWaymarkMarkdown } from '../../../src/formats/waymark-md/index.ts';
import { item } from '../documents/load.ts';

const lineOf = (text: string, fragment: string) => text.slice(0, text.indexOf(fragment)).split('\n').length;

describe('reading hand-written Waymark Markdown', () => {
  it('accepts the short forms people write', () => {
    const text = [
      '---',
      'waymark: 1',
      'id: short',
      '---',
      '',
      '# Short',
      '',
      '## Platform',
      '',
      '### Fast search',
      '',
      '- Lead: Ana',
      '- status: Yes Done',
      '- Priority: P1',
      '- Target: 2025-Q2 (2025-04-01 to 2025-06-30)',
      '- Effort: about two weeks (max 3, person-week)',
      '',
      '### Fast search',
      '',
      '## Check-in 2025-05-01',
      '',
      '### Fast search {#fast-search}',
      '',
      '- Status: to do',
      '',
    ].join('\n');
    const { document, warnings } = readWaymarkMarkdown(text);
    expect(warnings).toEqual([]);
    validateDocument(document);
    const roadmap = document.roadmap;
    expect(roadmap.sections?.map((section) => section.id)).toEqual(['platform']);
    expect(item(roadmap, 'fast-search')).toMatchObject({
      leads: ['Ana'],
      status: 'done',
      statusText: 'Yes Done',
      priority: 'high',
      priorityText: 'P1',
      target: { label: '2025-Q2', start: '2025-04-01', end: '2025-06-30' },
      effort: { text: 'about two weeks', max: 3, unit: 'person-week' },
    });
    expect(item(roadmap, 'fast-search-2').title).toBe('Fast search');
    expect(roadmap.checkins).toEqual([
      {
        id: 'checkin-2025-05-01',
        date: '2025-05-01',
        entries: [{ item: 'fast-search', title: 'Fast search', status: 'todo' }],
      },
    ]);
  });

  it('recognises the marker only in front matter', () => {
    expect(isWaymarkMarkdown('---\nwaymark: 1\n---\n# R\n')).toBe(true);
    expect(isWaymarkMarkdown('---\r\nwaymark: 1\r\n---\r\n# R\r\n')).toBe(true);
    expect(isWaymarkMarkdown('---\ntitle: x\n---\nwaymark: 1\n')).toBe(false);
    expect(isWaymarkMarkdown('# R\n\nwaymark: 1\n')).toBe(false);
  });

  it('warns, with the line, about each part it cannot read and still returns a valid roadmap', () => {
    const text = [
      '---',
      'waymark: 2',
      'id: Not A Slug',
      'updated: yesterday',
      'colour: blue',
      '---',
      '',
      'Stray text before the title.',
      '',
      '# Broken',
      '',
      '## Area {#area}',
      '',
      '- Kind: planet',
      '- just a note',
      '',
      '### Task {#task}',
      '',
      '- Refs: T4079',
      '- Health: on track',
      '- Effort: 2 days',
      '- Effort: 3 days',
      '',
      '### Again {#task}',
      '',
      '## Monthly update {.checkin}',
      '',
      '## Check-in 2025-02-01 {#feb}',
      '',
      '- Scope: nowhere',
      '- Owner: Ana',
      '',
      '### Ghost {#ghost}',
      '',
      '#### Nested entry',
      '',
      '- Status: done',
    ].join('\n');
    const { document, warnings } = readWaymarkMarkdown(text);
    validateDocument(document);
    const at = (fragment: string) => warnings.filter((warning) => warning.line === lineOf(text, fragment));
    expect(at('waymark: 2')[0]?.message).toContain('waymark: 1');
    expect(at('id: Not')[0]?.message).toContain('slug');
    expect(at('updated:')[0]?.message).toContain('YYYY-MM-DD');
    expect(at('colour:')[0]?.message).toContain('not a key');
    expect(at('Stray')[0]?.message).toContain('before the title');
    expect(at('- Kind')[0]?.message).toContain('Kind');
    expect(at('- just')[0]?.message).toContain('not a "Key: value"');
    expect(at('- Refs')[0]?.message).toContain('tracker');
    expect(at('- Effort: 3')[0]?.message).toContain('twice');
    expect(at('### Again')[0]?.message).toContain('"task" is used twice');
    expect(at('## Monthly')[0]?.message).toContain('no date');
    expect(at('- Owner')[0]?.message).toContain('no field "Owner"');
    expect(at('## Check-in')[0]?.message).toMatch(/scope "nowhere"[\s\S]*|item "ghost"/);
    expect(at('### Ghost')[0]?.message).toContain('no Status');
    expect(warnings.some((warning) => warning.message.includes('item "ghost"'))).toBe(true);
    expect(document.roadmap.id).toBe('broken');
    expect(item(document.roadmap, 'task').effort?.text).toBe('2 days');
    expect(item(document.roadmap, 'task-2').title).toBe('Again');
    // "Health" is a check-in field: on an item it is the item's own field.
    expect(item(document.roadmap, 'task').fields).toEqual({ Health: 'on track' });
    expect(document.roadmap.checkins?.map((checkin) => checkin.entries?.length)).toEqual([2]);
  });

  it('reads a file without front matter or title, with warnings', () => {
    const { document, warnings } = readWaymarkMarkdown('## Only a section\n', {
      fallbackTitle: 'From the path',
    });
    expect(document.roadmap).toMatchObject({ id: 'from-the-path', title: 'From the path' });
    expect(warnings.map((warning) => warning.line)).toEqual([1, 1]);
  });

  it('never throws and always returns a valid document, whatever the text', () => {
    const pieces = fc.constantFrom(
      '---\nwaymark: 1\n---\n',
      '# T\n',
      '## S {#s}\n',
      '### I {#i .item level=9}\n',
      '## Check-in 2025-01-01\n',
      '- Status: done\n',
      '- Work:\n  - [x] A {#a}\n',
      '- KPIs:\n  - K\n    - 2025-01-01: 3\n',
      '```markdown waymark\nx\n```\n',
      '```json waymark\n"\n```\n',
      '<!-- -->\n',
      '\n',
      '{#}\n',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 14 }), (parts) => {
        const { document } = readWaymarkMarkdown(parts.join(''));
        validateDocument(document);
      }),
      { numRuns: 400 },
    );
  });
});
