import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StatusValues } from '../../../src/domain/interchange/schema.ts';
import { normaliseStatus } from '../../../src/domain/normalise/index.ts';

const statusOf = (text: string) => normaliseStatus(text)?.status;

describe('normaliseStatus', () => {
  it.each([
    ['Yes Done', 'done'],
    ['{{done}}', 'done'],
    ['{{Done}}', 'done'],
    ['✅', 'done'],
    ['✔', 'done'],
    ['✔️', 'done'],
    ['☑', 'done'],
    ['🟢', 'done'],
    ['[x]', 'done'],
    ['[X]', 'done'],
    ['DONE', 'done'],
    ['Complete', 'done'],
    ['Completed', 'done'],
    ['Finished', 'done'],
    ['Released', 'done'],
    ['Implemented', 'done'],
    ['implemented', 'done'],
    ['[RELEASED]', 'done'],
    ['*[RELEASED]*', 'done'],
    ['(done)', 'done'],
    ['**(done)**', 'done'],
    [':white_check_mark:', 'done'],
    ['100%', 'done'],
  ] as const)('reads %j as done', (text, status) => {
    expect(statusOf(text)).toBe(status);
  });

  it.each([
    ['In progress', 'in_progress'],
    ['In Progress In progress', 'in_progress'],
    ['in-progress', 'in_progress'],
    ['in_progress', 'in_progress'],
    ['🚧', 'in_progress'],
    ['DOING', 'in_progress'],
    ['WIP', 'in_progress'],
    ['**(WIP)**', 'in_progress'],
    ['WORKING', 'in_progress'],
    ['In Development', 'in_progress'],
    ['Status: In Development', 'in_progress'],
    ['<span style="color: orange">In Development</span>', 'in_progress'],
    ['ongoing', 'in_progress'],
    ['Assigned', 'in_progress'],
    ['started', 'in_progress'],
    ['🟡', 'in_progress'],
    ['95%', 'in_progress'],
    ['30 %', 'in_progress'],
    ['12.5%', 'in_progress'],
  ] as const)('reads %j as in_progress', (text, status) => {
    expect(statusOf(text)).toBe(status);
  });

  it.each([
    ['To do', 'todo'],
    ['to-do', 'todo'],
    ['TODO', 'todo'],
    ['[ ]', 'todo'],
    ['[]', 'todo'],
    ['Planning', 'todo'],
    ['Planned', 'todo'],
    ['Pending', 'todo'],
    ['upcoming', 'todo'],
    ['Not started', 'todo'],
    ['not-started', 'todo'],
    ['Accepted', 'todo'],
    ['implementable', 'todo'],
    ['0%', 'todo'],
  ] as const)('reads %j as todo', (text, status) => {
    expect(statusOf(text)).toBe(status);
  });

  it.each([
    ['N Postponed', 'postponed'],
    ['{{notdone|Postponed}}', 'postponed'],
    ['Deferred', 'postponed'],
    ['pushed to future roadmap', 'postponed'],
    ['**(pushed to future roadmap)**', 'postponed'],
    ['**(possibly pushed to future roadmap)**', 'postponed'],
    ['Postponed', 'postponed'],
    ['Postponed to Q3', 'postponed'],
    ['Incomplete Partially done', 'partial'],
    ['Partially done', 'partial'],
    ['partial', 'partial'],
    ['{{partial}}', 'partial'],
    ['[-]', 'partial'],
    ['Blocked', 'blocked'],
    ['On hold', 'blocked'],
    ['on-hold', 'blocked'],
    ['Stalled', 'blocked'],
    ['⏸', 'blocked'],
    ['⏸️', 'blocked'],
    ['🔴', 'blocked'],
    ['Blocked (waiting on review)', 'blocked'],
    ['Blocked on upstream', 'blocked'],
  ] as const)('reads %j as %s', (text, status) => {
    expect(statusOf(text)).toBe(status);
  });

  it.each([
    ['Under Discussion', 'proposed'],
    ['Proposed', 'proposed'],
    ['Provisional', 'proposed'],
    ['Draft', 'proposed'],
    ['Research', 'proposed'],
    ['Idea', 'proposed'],
    ['Wishlist', 'proposed'],
    ['pre-RFC', 'proposed'],
    ['💡', 'proposed'],
    ['Rejected', 'cancelled'],
    ['Withdrawn', 'cancelled'],
    ['Dropped', 'cancelled'],
    ['Cancelled', 'cancelled'],
    ['Canceled', 'cancelled'],
    ["Won't do", 'cancelled'],
    ['Won’t do', 'cancelled'],
    ['Not done', 'cancelled'],
    ['{{notdone}}', 'cancelled'],
    ['❌', 'cancelled'],
    [':x:', 'cancelled'],
    ['Superseded by PEP 9999', 'cancelled'],
    ['Unknown', 'unknown'],
    ['?', 'unknown'],
    ['???', 'unknown'],
    ['n/a', 'unknown'],
    ['TBD', 'unknown'],
    ['{{?}}', 'unknown'],
  ] as const)('reads %j as %s', (text, status) => {
    expect(statusOf(text)).toBe(status);
  });

  it('keeps the words used, trimmed', () => {
    expect(normaliseStatus('  Incomplete Partially done \n')).toEqual({
      status: 'partial',
      statusText: 'Incomplete Partially done',
    });
    expect(normaliseStatus('{{notdone|Postponed}}')).toEqual({
      status: 'postponed',
      statusText: '{{notdone|Postponed}}',
    });
  });

  it('accepts a status followed by a remark', () => {
    expect(normaliseStatus('Status: done, shipped in 2.1')).toEqual({
      status: 'done',
      statusText: 'Status: done, shipped in 2.1',
    });
    expect(statusOf('Done in 2.1')).toBe('done');
    expect(statusOf('Released v1.2')).toBe('done');
    expect(statusOf('Done — see #123')).toBe('done');
    expect(statusOf('Done.')).toBe('done');
    expect(statusOf('Done ?')).toBe('done');
    expect(statusOf('In progress since May')).toBe('in_progress');
    expect(statusOf('95% (testing)')).toBe('in_progress');
    expect(statusOf('✅ Done')).toBe('done');
    expect(statusOf('(done), shipped in 2.1')).toBe('done');
  });

  it('reads the later of two labels as the words a person wrote', () => {
    expect(statusOf('Yes Postponed')).toBe('postponed');
    expect(statusOf('✅ Partially done')).toBe('partial');
  });

  it.each([
    'Done is better than perfect',
    'Complete the migration to GitLab',
    'Implement the parser',
    'Release notes',
    'Open questions',
    'Planning for the future',
    'Working on the new parser',
    'Idea for a new parser',
    'Research on caching',
    'Draft of the new spec',
    '✅ Implement parser',
    '[x] Implement parser',
    '{{done}} Implement parser',
    '(done) Implement parser',
    'Not finished',
    'No progress',
    'Extend archive coverage (2+2 loaders/listers)',
    'Deploy at least 2 additional loaders',
    'N',
    'Yes',
    '150%',
    '[BUG]',
    '[WISH]',
    'Final: ??',
    'T4079',
    '2022',
    '-',
    '—',
    '',
    '   ',
    '\n\t',
  ])('does not claim %j', (text) => {
    expect(normaliseStatus(text)).toBeUndefined();
  });

  it('stays linear on very long or hostile input', () => {
    expect(normaliseStatus(`done ${'x '.repeat(200_000)}`)).toBeUndefined();
    expect(normaliseStatus('a'.repeat(1_000_000))).toBeUndefined();
    expect(normaliseStatus(`${'('.repeat(100_000)}done`)).toBeUndefined();
    expect(normaliseStatus(`:${'a_'.repeat(100_000)}`)).toBeUndefined();
    expect(normaliseStatus(`<${'<a'.repeat(100_000)}`)).toBeUndefined();
    expect(normaliseStatus(`{{${'|'.repeat(100_000)}`)).toBeUndefined();
    expect(normaliseStatus(`${'9'.repeat(100_000)}%`)).toBeUndefined();
    const long = `Done, ${'and more '.repeat(50_000)}`;
    expect(normaliseStatus(long)).toEqual({ status: 'done', statusText: long.trim() });
  });

  it('never throws and keeps its contract on any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const result = normaliseStatus(text);
        if (result === undefined) return;
        expect(StatusValues).toContain(result.status);
        expect(result.statusText).toBe(text.trim());
        expect(result.statusText).not.toBe('');
      }),
    );
  });
});
