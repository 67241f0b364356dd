// The five founding roadmaps: facts checked by reading each document.
import { describe, expect, it } from 'vitest';
import { diffRoadmaps } from '../../../src/domain/diff/index.ts';
import { allItems, importShared, item, section } from './load.ts';

describe('Software Heritage roadmap 2022 (rst)', () => {
  const roadmap = importShared('corpus/rst/SoftwareHeritage__swh-docs__docs__roadmap__roadmap-2022.rst');

  it('has its title, version, updated date, period and the Kanban link', () => {
    expect(roadmap).toMatchObject({ title: 'Roadmap 2022', version: '1.0', updated: '2022-04-01' });
    expect(roadmap.period).toEqual({ label: '2022', start: '2022-01-01', end: '2022-12-31' });
    expect(roadmap.links).toEqual([
      { title: 'Kanban board', url: 'https://forge.softwareheritage.org/project/view/176/' },
    ]);
  });

  it('has the six areas as sections, items under them', () => {
    expect(roadmap.sections?.map((s) => s.title)).toEqual([
      'Collect',
      'Preserve',
      'Share',
      'Documentation',
      'Technical Debt',
      'Tooling and Infrastructure',
    ]);
    expect(roadmap.sections?.map((s) => s.items?.length)).toEqual([5, 7, 6, 4, 4, 13]);
  });

  it('gives every item its lead, tags, task, effort and priority', () => {
    const items = roadmap.sections?.flatMap((s) => s.items ?? []) ?? [];
    expect(items).toHaveLength(39);
    for (const goal of items) {
      expect(goal.leads?.length, goal.id).toBeGreaterThan(0);
      expect(goal.tags?.length, goal.id).toBeGreaterThan(0);
      expect(goal.effort?.text, goal.id).toBeTruthy();
      expect(goal.priorityText, goal.id).toBeTruthy();
      expect(goal.refs?.length, goal.id).toBeGreaterThan(0);
    }
  });

  it('reads the first item in full', () => {
    expect(item(roadmap, 't4079')).toMatchObject({
      title: 'Extend archive coverage (2+2 loaders/listers)',
      priority: 'medium',
      leads: ['ardumont'],
      tags: ['coverage'],
      refs: [{ tracker: 'phabricator', id: 'T4079', url: 'https://forge.softwareheritage.org/T4079' }],
      effort: {
        min: 4,
        max: 4,
        unit: 'person-month',
        text: 'variable, depending on the chosen listers/loaders (4PM ?)',
      },
      kpis: [
        { name: 'Number of new loaders/listers deployed' },
        { name: 'Number of origins archived/listed' },
      ],
    });
  });

  it('turns "Includes work" into work items with their own task refs', () => {
    const lag = item(roadmap, 't4080');
    expect(lag).toMatchObject({ leads: ['olasd'], tags: ['performance', 'coverage'], priority: 'high' });
    expect(lag.effort).toMatchObject({ min: 3, max: 3, unit: 'person-month' });
    expect(lag.work?.map((w) => w.id)).toEqual([
      expect.stringMatching(/^quantify-and-monitor/),
      't2207',
      expect.stringMatching(/^make-lag-monitoring/),
    ]);
    expect(item(roadmap, 't2344').effort).toEqual({ min: 1, max: 2, unit: 'person-month', text: '1-2 PM' });
    expect(item(roadmap, 't3956').priorityText).toBe('n/a (one 2-day sprint every 2 months)');
  });
});

describe('Wikimedia Technology goals FY2019-20 Q2 (page text)', () => {
  const roadmap = importShared('seeds/wikimedia-technology-goals-2019-20-q2.page-text.txt');

  it('resolves the fiscal quarter from the months the page names', () => {
    expect(roadmap.period).toEqual({ label: '2019-20 Q2', start: '2019-10-01', end: '2019-12-31' });
  });

  it('has the teams as sections with their managers, and SRE sub-teams nested', () => {
    const analytics = section(roadmap, 'analytics');
    expect(analytics).toMatchObject({ kind: 'team', leads: ['Nuria Ruiz'] });
    const sre = section(roadmap, 'site-reliability-engineering');
    expect(sre.leads).toEqual(['Mark Bergsma', 'Faidon Liambotis']);
    expect(sre.sections?.map((s) => s.title)).toContain('Service Operations');
    expect(section(roadmap, 'service-operations').leads).toEqual(['Mark Bergsma']);
  });

  it('groups goals under their program headings with statuses and task refs', () => {
    const program = section(roadmap, 'reduce-platform-complexity-modern-event-platform');
    expect(program.kind).toBe('group');
    expect(program.items?.map((i) => [i.id, i.status, i.statusText])).toEqual([
      ['t223626', 'postponed', 'N Postponed'],
      ['t233634', 'done', 'Yes Done'],
    ]);
    expect(item(roadmap, 't234229')).toMatchObject({
      status: 'in_progress',
      statusText: 'In progress In progress',
    });
    expect(item(roadmap, 't223626').title).toBe(
      'Resolve Kafka Connect HDFS Licensing issue and decide if we will use Kafka Connect',
    );
  });

  it('records the October 28 and December 12 check-ins per team, matched to goals', () => {
    const analyticsCheckins = roadmap.checkins?.filter((c) => c.scope === 'analytics') ?? [];
    expect(analyticsCheckins.map((c) => c.date)).toEqual(['2019-10-28', '2019-12-12']);
    const october = analyticsCheckins[0];
    expect(october?.entries).toHaveLength(5);
    expect(october?.entries?.[1]).toMatchObject({
      title: 'Set up a generic workflow to create Kerberos accounts',
      status: 'in_progress',
    });
    const december = analyticsCheckins[1];
    expect(december?.entries?.filter((e) => e.status === 'done')).toHaveLength(14);
    expect(december?.entries?.find((e) => e.title === 'New zookeeper cluster for tier-2')?.item).toBe(
      't217057',
    );
  });
});

describe('Mozilla BIDSync Storage API v2.0 (wikitext, two revisions)', () => {
  const r1 = importShared('seeds/mozilla-bidsync-storage-api-v2.r1.wiki');
  const r2 = importShared('seeds/mozilla-bidsync-storage-api-v2.r2.wiki');

  it('has the Storage API v2.0 section; r2 has the seven work-breakdown items with their estimates', () => {
    expect(section(r1, 'storage-api-v2-0').title).toBe('Storage API v2.0');
    const all = section(r2, 'storage-api-v2-0').items ?? [];
    // The two goal bullets of the section come first, as in r1, then the work breakdown.
    expect(all.slice(0, 2).map((i) => i.id)).toEqual(section(r1, 'storage-api-v2-0').items?.map((i) => i.id));
    const items = all.slice(2);
    expect(
      items.map((i) => (i.effort?.min === undefined ? '—' : `${i.effort.min} ${i.effort.unit}`)),
    ).toEqual(['1 person-day', '2 person-day', '1 person-day', '2 person-day', '—', '3 person-day', '—']);
    expect(items[0]?.title).toBe('Design and Document the 2.0 Protocol API');
  });

  it('diffs r1 → r2 as seven items and one risk added', () => {
    const diff = diffRoadmaps(r1, r2);
    expect(diff.summary.items).toMatchObject({ added: 7, removed: 0, moved: 0, renamed: 0 });
    const sectionChange = diff.sections.find((s) => s.id === 'storage-api-v2-0');
    expect(sectionChange).toMatchObject({ type: 'modified' });
    expect(JSON.stringify(sectionChange)).toContain(
      'The use of a separate metadata token is currently undefined',
    );
    expect(allItems(r2).length - allItems(r1).length).toBe(7);
  });
});

describe('CPAN Testers roadmap (Markdown in the corpus, page text in the seeds)', () => {
  const md = importShared('corpus/md/cpan-testers__cpantesters-project__ROADMAP.md');
  const page = importShared('seeds/cpan-testers-roadmap.page-text.txt');
  const components = [
    'Operations and Documentation',
    'Backend: Data Processing (ETL)',
    'Data APIs',
    'Web App',
    'Metabase',
    'Testers',
  ];

  it('has the six components as sections with their coloured statuses', () => {
    expect(md.title).toBe('CPAN Testers Project Roadmap');
    expect(md.sections?.map((s) => [s.title, s.kind, s.status, s.statusText])).toEqual([
      ['Operations and Documentation', 'component', 'in_progress', 'In Development'],
      ['Backend: Data Processing (ETL)', 'component', 'todo', 'Planning'],
      ['Data APIs', 'component', 'in_progress', 'In Development'],
      ['Web App', 'component', 'todo', 'Pending'],
      ['Metabase', 'component', 'proposed', 'Under Discussion'],
      ['Testers', 'component', 'in_progress', 'In Development'],
    ]);
  });

  it('keeps requirements, problems, plans, completed tasks and candidate technologies', () => {
    const apis = section(md, 'data-apis');
    expect(Object.keys(apis.fields ?? {})).toEqual([
      'Repository',
      'Requirements',
      'Current Problems',
      'Completed Tasks',
      'Future Plans',
    ]);
    expect(apis.fields?.Requirements).toMatch(/wide ecosystem of applications/);
    expect(section(md, 'operations-and-documentation').fields?.['Future Plans']).toMatch(/Icinga2/);
    expect(section(md, 'metabase').summary).toMatch(/highly-available document storage/);
  });

  it('reads the same components from the page text, where the statuses are plain lines', () => {
    expect(page.sections?.map((s) => s.title)).toEqual(components);
    expect(section(page, 'web-app')).toMatchObject({ status: 'todo', statusText: 'Pending' });
    expect(section(page, 'metabase')).toMatchObject({ status: 'proposed', statusText: 'Under Discussion' });
    expect(section(page, 'metabase').items).toBeUndefined();
    expect(section(page, 'web-app').fields?.['Current Problems']).toMatch(/Fastly caching/);
  });
});

describe('mini-buildd roadmap Nov 2020 (page text)', () => {
  const roadmap = importShared('seeds/mini-buildd-roadmap-2020-11.page-text.txt');

  it('has its title, version, date, and the State chapter as prose', () => {
    expect(roadmap).toMatchObject({ title: 'RoadMap Nov 2020', version: '1.9.4', updated: '2020-11-01' });
    expect(section(roadmap, 'state').items).toBeUndefined();
    expect(section(roadmap, 'state').summary).toMatch(/^Updated Nov 2020/);
  });

  it('lists the milestones', () => {
    const milestones = section(roadmap, 'milestones').items ?? [];
    expect(milestones.slice(0, 3).map((i) => i.title)).toEqual([
      'New deb package layout: mini-buildd (the service), mini-buildd-utils (for users), python3-mini-buildd, mini-buildd-doc',
      'Code migration to python 3.',
      'Update to django 2.2 (minimal version).',
    ]);
  });

  it('reads the issues with their labels, grouped by section', () => {
    const building = section(roadmap, 'building-repository');
    expect(building.title).toBe('BUILDING && REPOSITORY');
    expect(item(roadmap, 'implement-wake-remote-support')).toMatchObject({ labels: ['feat'] });
    expect(item(roadmap, 'make-passive-ftp-port-range-configurable').labels).toEqual(['wish']);
    expect(
      item(roadmap, 'when-service-is-stopped-sbuild-continues-try-w-chromium-it-builds-in-13h').labels,
    ).toEqual(['bug']);
    const post = section(roadmap, 'revisit-post');
    expect(post.sections?.slice(0, 4).map((s) => s.title)).toEqual([
      'Debian package dependencies',
      'Bugs',
      'Tasks',
      'django',
    ]);
    expect(item(roadmap, 'gpg-agent-left-overs').labels).toEqual(['unreproducible']);
    expect(item(roadmap, 'can-t-change-user-upload-permissions').labels).toEqual(['unverified']);
  });
});
