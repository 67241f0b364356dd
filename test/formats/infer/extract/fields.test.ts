import { describe, expect, it } from 'vitest';
import {
  classifyFieldKey,
  FIELD_ROLES,
  splitFieldLine,
} from '../../../../src/formats/infer/extract/index.ts';

describe('splitFieldLine', () => {
  it('splits the field lines of the seeds and corpus', () => {
    const cases: [string, string, string][] = [
      ['Lead: ardumont', 'Lead', 'ardumont'],
      ['Team Manager: Nuria Ruiz', 'Team Manager', 'Nuria Ruiz'],
      ['Directors: Mark Bergsma and Faidon Liambotis', 'Directors', 'Mark Bergsma and Faidon Liambotis'],
      ['Status: In Development', 'Status', 'In Development'],
      [
        'Dependencies on: SRE/Data Center Operations team',
        'Dependencies on',
        'SRE/Data Center Operations team',
      ],
      ['Estimated Time To Testability: 2 days.', 'Estimated Time To Testability', '2 days.'],
      [
        'Estimate: 1 day, then tweaking as needed in parallel with other tasks.',
        'Estimate',
        '1 day, then tweaking as needed in parallel with other tasks.',
      ],
      ['Point of contact: @nikomatsakis', 'Point of contact', '@nikomatsakis'],
      [
        'Effort: variable, depending on the chosen listers/loaders (4PM ?)',
        'Effort',
        'variable, depending on the chosen listers/loaders (4PM ?)',
      ],
      ['Task: T4079', 'Task', 'T4079'],
      ['Last updated: 2015-07-26', 'Last updated', '2015-07-26'],
      ['Owner(s) or team(s): @tmandry', 'Owner(s) or team(s)', '@tmandry'],
      [
        'Etherpad: https://etherpad.opendev.org/p/rbac-goal-tracking',
        'Etherpad',
        'https://etherpad.opendev.org/p/rbac-goal-tracking',
      ],
      ['Completion Date & Criteria: Zed', 'Completion Date & Criteria', 'Zed'],
    ];
    for (const [text, key, value] of cases) expect(splitFieldLine(text)).toEqual({ key, value });
  });

  it('gives an empty value to a key that announces what follows', () => {
    expect(splitFieldLine('Includes work:')).toEqual({ key: 'Includes work', value: '' });
    expect(splitFieldLine('KPIs:')).toEqual({ key: 'KPIs', value: '' });
    expect(splitFieldLine('Dependencies on:')).toEqual({ key: 'Dependencies on', value: '' });
  });

  it('accepts a long or wordy key when its role is known', () => {
    expect(splitFieldLine('Dependencies for core work is on: SRE/Data Center Operations team')).toEqual({
      key: 'Dependencies for core work is on',
      value: 'SRE/Data Center Operations team',
    });
    expect(splitFieldLine('Status:done')).toEqual({ key: 'Status', value: 'done' });
    expect(splitFieldLine('Lead:ardumont')).toEqual({ key: 'Lead', value: 'ardumont' });
    expect(splitFieldLine('Task://example')).toBeUndefined();
  });

  it('rejects prose, URLs, times, list numbers and markup before the colon', () => {
    for (const text of [
      'Note that this means: the API changes',
      'The Backend must read incoming data from the Metabase and process it into useful statistics:',
      'https://bugs.debian.org/740576',
      'https: //example.org',
      'Meeting at 10:30 every week',
      '10:30 standup',
      '2.1. Hardware renewal: done',
      '[BUG]: When service is stopped',
      'e.g.: this',
      'Engine:: Improve performance',
      'Q: Why not use X?',
      'Here is the list: a, b',
      'Announce the deployment of the mediarequests API: task T231589 Yes Done',
      'Repositories:cpan-testers',
      'In order to: keep the archive fresh',
      'Focusing mostly on: loaders',
      "themselves isn't really effective: yet",
      'note:this',
      'no colon at all',
      ': value without key',
      '',
    ]) {
      expect(splitFieldLine(text)).toBeUndefined();
    }
  });

  it('can be restricted to keys of a known role', () => {
    expect(splitFieldLine('Bot Detection Code Prototype: “Remove automated traffic”')).toEqual({
      key: 'Bot Detection Code Prototype',
      value: '“Remove automated traffic”',
    });
    expect(
      splitFieldLine('Bot Detection Code Prototype: “Remove automated traffic”', { unknownKeys: false }),
    ).toBeUndefined();
    expect(splitFieldLine('Lead: olasd', { unknownKeys: false })).toEqual({ key: 'Lead', value: 'olasd' });
  });
});

describe('classifyFieldKey', () => {
  it('maps keys as written, whatever their case, spacing, punctuation or number', () => {
    const cases: [string, string][] = [
      ['Lead', 'leads'],
      ['Leads', 'leads'],
      ['Owner(s)', 'leads'],
      ['Owner(s) or team(s)', 'leads'],
      ['Point of contact', 'leads'],
      ['Champions', 'leads'],
      ['[types] champion', 'leads'],
      ['Team Manager', 'leads'],
      ['Directors', 'leads'],
      ['Release manager', 'leads'],
      ['authors', 'leads'],
      ['Tags', 'tags'],
      ['Task', 'refs'],
      ['Tasks', 'refs'],
      ['Tracking issue', 'refs'],
      ['Issue Id (JIRA)', 'refs'],
      ['Effort', 'effort'],
      ['Effort Estimation', 'effort'],
      ['Estimate', 'effort'],
      ['Estimated Time To Testability', 'effort'],
      ['Estimated Time to Testability', 'effort'],
      ['Priority', 'priority'],
      ['PRIORITY', 'priority'],
      ['Status', 'status'],
      ['Implementation status', 'status'],
      ['Target', 'target'],
      ['Due date', 'target'],
      ['ETA', 'target'],
      ['Estimated Release Date', 'target'],
      ['Completion Date & Criteria', 'target'],
      ['Expected Publication Year', 'target'],
      ['Target Timeline', 'target'],
      ['Dependencies', 'dependsOn'],
      ['Dependencies on', 'dependsOn'],
      ['Depends on', 'dependsOn'],
      ['Blocked by', 'dependsOn'],
      ['Requires', 'dependsOn'],
      ['KPIs', 'kpis'],
      ['KPI', 'kpis'],
      ['Success metrics', 'kpis'],
      ['Risks', 'risks'],
      ['Includes work', 'work'],
      ['Includesd work', 'work'],
      ['Mitigations', 'risks'],
      ['Work Breakdown', 'work'],
      ['Tasks list', 'work'],
      ['Checklist', 'work'],
      ['Description', 'summary'],
      ['What and why', 'summary'],
      ['Motivation', 'summary'],
      ['Version', 'version'],
      ['Last modified', 'updated'],
      ['Last updated', 'updated'],
      ['Repositories', 'other'],
      ['Zulip channel', 'other'],
      ['Short title', 'other'],
      ['Requirements', 'other'],
      ['Lead time', 'other'],
      ['', 'other'],
    ];
    for (const [key, role] of cases) expect([key, classifyFieldKey(key)]).toEqual([key, role]);
  });

  it('returns only declared roles', () => {
    expect(FIELD_ROLES).toContain(classifyFieldKey('anything at all'));
  });
});
