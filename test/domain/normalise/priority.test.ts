import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PriorityValues } from '../../../src/domain/interchange/schema.ts';
import { normalisePriority } from '../../../src/domain/normalise/index.ts';

const priorityOf = (text: string) => normalisePriority(text)?.priority;

describe('normalisePriority', () => {
  it.each([
    ['critical', 'critical'],
    ['Critical', 'critical'],
    ['blocker', 'critical'],
    ['urgent', 'critical'],
    ['P0', 'critical'],
    ['priority/critical-urgent', 'critical'],
    ['high', 'high'],
    ['High', 'high'],
    ['HIGH', 'high'],
    ['P1', 'high'],
    ['must have', 'high'],
    ['Must-have', 'high'],
    ['Top priority', 'high'],
    ['priority/important-soon', 'high'],
    ['medium', 'medium'],
    ['Medium', 'medium'],
    ['normal', 'medium'],
    ['should', 'medium'],
    ['P2', 'medium'],
    ['priority/important-longterm', 'medium'],
    ['low', 'low'],
    ['Low', 'low'],
    ['nice to have', 'low'],
    ['Nice-to-have', 'low'],
    ['minor', 'low'],
    ['P3', 'low'],
    ['P4', 'low'],
    ['priority/backlog', 'low'],
    ['priority/awaiting-more-evidence', 'low'],
    ['none', 'none'],
    ["won't have", 'none'],
  ] as const)('reads %j as %s', (text, priority) => {
    expect(priorityOf(text)).toBe(priority);
  });

  it.each([
    ['1', 'high'],
    ['2', 'medium'],
    ['3', 'low'],
  ] as const)('reads rakudo priority digit %j as %s', (text, priority) => {
    expect(priorityOf(text)).toBe(priority);
  });

  it('keeps a remark with n/a as none', () => {
    expect(normalisePriority('n/a (one 2-day sprint every 2 months)')).toEqual({
      priority: 'none',
      priorityText: 'n/a (one 2-day sprint every 2 months)',
    });
    expect(normalisePriority('N/A')).toEqual({ priority: 'none', priorityText: 'N/A' });
  });

  it('accepts the key, a "priority" suffix, markup and a remark', () => {
    expect(normalisePriority('  Priority: High ')).toEqual({
      priority: 'high',
      priorityText: 'Priority: High',
    });
    expect(priorityOf('Priority 1')).toBe('high');
    expect(priorityOf('prio: low')).toBe('low');
    expect(priorityOf('High priority')).toBe('high');
    expect(priorityOf('low-priority')).toBe('low');
    expect(priorityOf('**High**')).toBe('high');
    expect(priorityOf('High (was medium)')).toBe('high');
    expect(priorityOf('Medium.')).toBe('medium');
  });

  it('plans for the higher of two hedged levels', () => {
    expect(priorityOf('Medium-High')).toBe('high');
    expect(priorityOf('high / critical')).toBe('critical');
    expect(priorityOf('low to medium')).toBe('medium');
  });

  it.each([
    'High availability for the storage layer',
    'Low-level API',
    'Critical path analysis',
    'Must we do this?',
    'Normal form',
    '1 day',
    '4',
    '0',
    '42',
    'P9',
    '?',
    'Priority:',
    'priority/unknown-label',
    '',
    '  ',
  ])('does not claim %j', (text) => {
    expect(normalisePriority(text)).toBeUndefined();
  });

  it('stays linear on very long or hostile input', () => {
    expect(normalisePriority(`high ${'x '.repeat(200_000)}`)).toBeUndefined();
    expect(normalisePriority(' '.repeat(100_000) + 'a'.repeat(1_000_000))).toBeUndefined();
    expect(normalisePriority(`<${'<a'.repeat(100_000)}`)).toBeUndefined();
    const long = `High, ${'because '.repeat(50_000)}`;
    expect(normalisePriority(long)).toEqual({ priority: 'high', priorityText: long.trim() });
  });

  it('never throws and keeps its contract on any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const result = normalisePriority(text);
        if (result === undefined) return;
        expect(PriorityValues).toContain(result.priority);
        expect(result.priorityText).toBe(text.trim());
      }),
    );
  });
});
