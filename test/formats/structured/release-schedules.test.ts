// Release schedules: Node.js schedule.json, Python release-cycle.json, CPython python-releases.toml
// and the .NET releases-index.json, on small hand-written inputs of their real shapes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structuredDocument } from '../../../src/formats/structured/index.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const NODE = JSON.stringify({
  v18: {
    start: '2022-04-19',
    lts: '2022-10-25',
    maintenance: '2023-10-18',
    end: '2025-04-30',
    codename: 'Hydrogen',
  },
  v23: { start: '2024-10-16', maintenance: '2025-04-01', end: '2025-06-01' },
  v27: {
    alpha: '2026-10-28',
    start: '2027-04-22',
    maintenance: '2027-10-20',
    end: '2030-04-30',
    codename: '',
  },
});

describe('Node.js release schedule', () => {
  const on = (today?: string) =>
    structuredDocument(NODE, 'json', { path: 'schedule.json', ...(today ? { today } : {}) }).document.roadmap;

  it('has an item per version with its span, codename and LTS label', () => {
    const roadmap = on('2024-01-01');
    expect(roadmap).toMatchObject({ id: 'nodejs-release-schedule', title: 'Node.js release schedule' });
    expect(roadmap.items?.map((i) => i.title)).toEqual([
      'Node.js v18 (Hydrogen)',
      'Node.js v23',
      'Node.js v27',
    ]);
    expect(roadmap.items?.[0]).toMatchObject({
      id: 'v18',
      labels: ['lts'],
      target: { label: '2022-04-19 to 2025-04-30', start: '2022-04-19', end: '2025-04-30' },
      fields: {
        start: '2022-04-19',
        lts: '2022-10-25',
        maintenance: '2023-10-18',
        end: '2025-04-30',
        codename: 'Hydrogen',
      },
    });
    expect(roadmap.items?.[2]?.fields?.codename).toBeUndefined();
  });

  it('gives statuses relative to the date it is told is today', () => {
    const status = (today: string) => on(today).items?.map((i) => [i.status, i.statusText]);
    expect(status('2022-06-01')).toEqual([
      ['in_progress', 'Current'],
      ['todo', 'Planned'],
      ['todo', 'Planned'],
    ]);
    expect(status('2023-01-01')?.[0]).toEqual(['in_progress', 'Active LTS']);
    expect(status('2024-11-01')).toEqual([
      ['in_progress', 'Maintenance LTS'],
      ['in_progress', 'Current'],
      ['todo', 'Planned'],
    ]);
    expect(status('2025-05-01')?.[1]).toEqual(['in_progress', 'Maintenance']);
    expect(status('2026-11-01')).toEqual([
      ['done', 'End-of-life'],
      ['done', 'End-of-life'],
      ['in_progress', 'Alpha'],
    ]);
    // The end of life is the last supported day.
    expect(status('2025-04-30')?.[0]?.[0]).toBe('in_progress');
  });

  it('has the phases as work, each ending the day before the next', () => {
    const v18 = on('2023-01-01').items?.[0];
    expect(v18?.work?.map((w) => [w.id, w.status, w.target?.start, w.target?.end])).toEqual([
      ['v18-current', 'done', '2022-04-19', '2022-10-24'],
      ['v18-active-lts', 'in_progress', '2022-10-25', '2023-10-17'],
      ['v18-maintenance', 'todo', '2023-10-18', '2025-04-30'],
    ]);
    expect(on('2023-01-01').items?.[2]?.work?.[0]).toMatchObject({ id: 'v27-alpha', title: 'Alpha' });
  });

  it('leaves statuses out without a today, and ids do not depend on it', () => {
    const roadmap = on();
    expect(
      roadmap.items?.every((i) => i.status === undefined && i.work?.every((w) => w.status === undefined)),
    ).toBe(true);
    expect(roadmap.items?.map((i) => i.id)).toEqual(on('2030-01-01').items?.map((i) => i.id));
  });

  it('warns about a date it cannot read and keeps the text in fields', () => {
    const bad = JSON.stringify({ v30: { start: 'spring', end: '2031-04-30' } });
    const { document, warnings } = structuredDocument(bad, 'json', { today: '2030-01-01' });
    expect(document.roadmap.items?.[0]?.fields?.start).toBe('spring');
    expect(warnings.map((w) => w.message)).toEqual(['/v30/start: "spring" is not a YYYY-MM-DD date']);
  });
});

describe('Python release-cycle.json', () => {
  const CYCLE = JSON.stringify({
    '3.15': {
      branch: 'main',
      pep: 790,
      status: 'feature',
      first_release: '2026-10-01',
      end_of_life: '2031-10',
      release_manager: 'Hugo van Kemenade',
    },
    '3.3': {
      branch: '3.3',
      pep: 398,
      status: 'end-of-life',
      first_release: '2012-09-29',
      end_of_life: '2017-09-29',
      release_manager: 'Georg Brandl, Ned Deily (3.3.7+)',
    },
    '3.12': {
      branch: '3.12',
      pep: 693,
      status: 'security',
      first_release: '2023-10-02',
      end_of_life: '2028-10',
      release_manager: 'Thomas Wouters',
      extra: 'kept',
    },
  });
  const { document, kind } = structuredDocument(CYCLE, 'json', { path: 'release-cycle.json' });
  const [v315, v33, v312] = document.roadmap.items ?? [];

  it('has an item per branch with status, PEP, manager and support span', () => {
    expect(kind).toBe('python-release-cycle');
    expect(v315).toMatchObject({
      id: '3-15',
      title: 'Python 3.15',
      status: 'in_progress',
      statusText: 'feature',
      leads: ['Hugo van Kemenade'],
      refs: [{ tracker: 'url', id: 'PEP 790', url: 'https://peps.python.org/pep-0790/' }],
      // A month-only end of life ends on the month's last day.
      target: { label: '2026-10-01 to 2031-10-31', start: '2026-10-01', end: '2031-10-31' },
      fields: { branch: 'main', first_release: '2026-10-01', end_of_life: '2031-10' },
    });
    expect(v33).toMatchObject({
      status: 'done',
      statusText: 'end-of-life',
      leads: ['Georg Brandl', 'Ned Deily'],
    });
    expect(v312).toMatchObject({ status: 'in_progress', statusText: 'security', fields: { extra: 'kept' } });
  });
});

describe('CPython python-releases.toml', () => {
  const { document, kind } = structuredDocument(fixture('python-releases.toml'), 'toml');
  const [v314, v20] = document.roadmap.items ?? [];

  it('has an item per version with its releases as work', () => {
    expect(kind).toBe('python-releases-toml');
    expect(document.roadmap).toMatchObject({ id: 'python-releases', title: 'Python releases' });
    expect(v314).toMatchObject({
      id: '3-14',
      status: 'in_progress',
      leads: ['Hugo van Kemenade'],
      target: { start: '2025-10-07', end: '2030-10-01' },
      fields: {
        'feature-freeze': '2025-05-06',
        'end-of-bugfix': '2027-10-01',
        'start-of-development': '2024-05-08',
      },
    });
    expect(v314?.work?.map((w) => [w.title, w.status, w.target?.end, w.fields?.note])).toEqual([
      ['3.14.0 alpha 1', 'done', '2024-10-15', undefined],
      ['3.14.0 final', 'done', '2025-10-07', undefined],
      ['3.14.1', 'todo', '2025-12-02', 'bugfix release'],
    ]);
    expect(v20).toMatchObject({ title: 'Python 2.0', status: 'done', refs: [{ id: 'PEP 200' }] });
  });
});

describe('CPython python-releases.toml with gaps', () => {
  it('reads releases of a version that has no metadata, with a warning', () => {
    const text = `[metadata."3.14"]\npep = 745\nfirst-release = 2025-10-07\n\n[[release."3.99"]]\nstage = "3.99.0 alpha 1"\nstate = "expected"\ndate = 2030-01-01\n`;
    const { document, warnings } = structuredDocument(text, 'toml');
    expect(document.roadmap.items?.map((i) => [i.id, i.work?.map((w) => [w.title, w.status])])).toEqual([
      ['3-14', undefined],
      ['3-99', [['3.99.0 alpha 1', 'todo']]],
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      '/metadata/3.99: no metadata for 3.99: only its releases are read',
    ]);
  });
});

describe('.NET releases-index.json', () => {
  const { document, kind } = structuredDocument(fixture('dotnet-releases-index.json'), 'json');
  const items = document.roadmap.items ?? [];

  it('has an item per channel with its support phase, type and end of life', () => {
    expect(kind).toBe('dotnet-releases-index');
    expect(items.map((i) => [i.id, i.title, i.status, i.statusText, i.labels?.[0]])).toEqual([
      ['10-0', '.NET 10.0', 'in_progress', 'preview', 'lts'],
      ['8-0', '.NET 8.0', 'in_progress', 'active', 'lts'],
      ['7-0', '.NET 7.0', 'done', 'eol', 'sts'],
      ['3-1', '.NET Core 3.1', 'done', 'eol', 'lts'],
    ]);
    expect(items[1]).toMatchObject({
      target: { label: 'end of life 2026-11-10', end: '2026-11-10' },
      refs: [
        {
          tracker: 'url',
          url: 'https://builds.dotnet.microsoft.com/dotnet/release-metadata/8.0/releases.json',
        },
      ],
      fields: {
        'latest-release': '8.0.13',
        'latest-sdk': '8.0.406',
        security: 'true',
        'latest-release-date': '2025-02-11',
      },
    });
  });

  it('leaves out a channel without a version, with a warning', () => {
    const text = JSON.stringify({ 'releases-index': [{ product: '.NET' }, { 'channel-version': '9.0' }] });
    const { document: doc, warnings } = structuredDocument(text, 'json');
    expect(doc.roadmap.items?.map((i) => i.title)).toEqual(['.NET 9.0']);
    expect(warnings[0]?.message).toBe('/releases-index/0: a channel without a channel-version was left out');
  });
});
