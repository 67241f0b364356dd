import { describe, expect, it } from 'vitest';
import type { Block, ListBlock } from '../../../src/formats/outline/types.ts';
import { parsePageText } from '../../../src/formats/page-text/index.ts';
import { headings, item, items, nested, section, shared } from '../wikitext/outline-helpers.ts';

const texts = (blocks: readonly Block[]) =>
  blocks.map((block) => ('text' in block ? block.text : block.kind));

describe('Wikimedia Technology Goals 2019-20 Q2 (MediaWiki page text)', () => {
  const outline = parsePageText(shared('seeds/wikimedia-technology-goals-2019-20-q2.page-text.txt'));

  it('takes the page title and drops the navigation chrome', () => {
    expect(outline.format).toBe('text');
    expect(outline.title).toBe('Wikimedia Technology/Goals/2019-20 Q2');
    const all = texts(outline.blocks).join('\n');
    expect(all).not.toMatch(/Jump to|From MediaWiki\.org|\.svg/);
    expect(outline.blocks[0]).toMatchObject({
      kind: 'paragraph',
      text: 'Q1 Wikimedia Technology Goals, FY2019–20, Q2 (October - December 2019) Q3',
    });
  });

  it('finds the team headings from their [edit] links, sub-teams one level down', () => {
    expect(headings(outline)).toEqual([
      ...[
        'Analytics',
        'Core Platform',
        'Fundraising Tech',
        'Performance',
        'Quality and Test Engineering',
        'Release Engineering',
        'Research',
        'Machine Learning / Scoring Platform',
        'Search Platform',
        'Security',
        'Site Reliability Engineering',
      ].map((text) => ({ level: 2, text })),
      ...[
        'Service Operations',
        'Data Persistence',
        'Traffic',
        'Infrastructure Foundations',
        'Observability',
      ].map((text) => ({ level: 3, text })),
      { level: 3, text: 'Data Center Operations' },
      { level: 2, text: 'Technical Engagement' },
    ]);
    expect(outline.blocks.find((block) => block.kind === 'heading')?.pos).toEqual({ line: 10, column: 1 });
  });

  it('keeps the manager lines as paragraphs under their team', () => {
    expect(section(outline, 'Analytics')[0]).toMatchObject({
      kind: 'paragraph',
      text: 'Team Manager: Nuria Ruiz',
    });
    expect(section(outline, 'Security')[0]).toMatchObject({
      kind: 'paragraph',
      text: 'Team Manager: John Bennett',
    });
    expect(section(outline, 'Site Reliability Engineering')[0]).toMatchObject({
      text: 'Directors: Mark Bergsma and Faidon Liambotis',
    });
  });

  it('takes rendered statuses off the end of goal lines, keeping the task refs', () => {
    const analytics = section(outline, 'Analytics');
    expect(analytics).toContainEqual(
      expect.objectContaining({
        kind: 'paragraph',
        text: 'Resolve Kafka Connect HDFS Licensing issue and decide if we will use Kafka Connect task T223626',
        marks: [{ source: 'rendered', text: 'N\u00a0Postponed' }],
      }),
    );
    expect(analytics).toContainEqual(
      expect.objectContaining({
        text: 'Deploy hadoop client to dump hosts so mediawiki history public dataset can get to dumps on a reasonable timeframe task T234229',
        marks: [{ source: 'rendered', text: 'In progress In progress' }],
      }),
    );
    expect(analytics).toContainEqual(
      expect.objectContaining({
        text: 'Create test Kerberos identities/accounts for some selected users from Analytics Team in test cluster T212258',
        marks: [{ source: 'rendered', text: 'Yes\u00a0Done' }],
      }),
    );
  });

  it('takes rendered statuses off the start of goal lines', () => {
    expect(section(outline, 'Performance')).toContainEqual(
      expect.objectContaining({
        text: 'Hold 3 or more workshops and training sessions with 1 engineering team',
        marks: [{ source: 'rendered', text: 'To do To do' }],
      }),
    );
    expect(section(outline, 'Research')).toContainEqual(
      expect.objectContaining({
        text: 'Wiki Workshop 2020 proposal submission. task T236066',
        marks: [{ source: 'rendered', text: 'Yes\u00a0Done' }],
      }),
    );
  });

  it('reads the dated status snapshots as nested lists', () => {
    const status = section(outline, 'Analytics').find((block) => block.kind === 'list') as ListBlock;
    expect(status.items.map((entry) => entry.text)).toEqual([
      'October 28, 2019 status:',
      'December 12, 2019 status:',
    ]);
    const october = nested(status.items[0]).items;
    expect(october[1]).toMatchObject({
      text: 'Set up a generic workflow to create Kerberos accounts',
      marks: [{ source: 'rendered', text: 'In progress In progress' }],
    });
    const december = nested(status.items[1]).items;
    expect(december.map((entry) => [entry.text, entry.marks[0]?.text])).toEqual([
      ['', 'Yes\u00a0Done'],
      ['', 'In progress In progress'],
      ['', 'N\u00a0Blocked'],
    ]);
    expect(nested(december[0]).items[0]?.text).toBe('Make kerberos infra prod ready');
    expect(nested(december[2]).items.map((entry) => entry.text)).toEqual([
      'Describe statement of work (and task) for upcoming designer for wikistats',
    ]);
  });

  it('keeps notes after a status and reads combined and partial statuses', () => {
    expect(item(outline, 'Migrate Gerrit master from Cobalt to Gerrit1001')).toMatchObject({
      text: expect.stringMatching(
        /^Migrate Gerrit master from Cobalt to Gerrit1001 \(Completed on 2019-10-22;/,
      ),
      marks: [{ source: 'rendered', text: 'Yes\u00a0Done' }],
    });
    expect(item(outline, 'A comprehensive literature review of disinformation').marks).toEqual([
      { source: 'rendered', text: 'Incomplete Partially done' },
    ]);
    const combined = items(section(outline, 'Data Center Operations')).find(({ item }) =>
      item.marks[0]?.text.includes('-or-'),
    );
    expect(combined?.item.marks).toEqual([
      { source: 'rendered', text: 'N\u00a0Postponed-or-N\u00a0Blocked' },
    ]);
  });
});

describe('CPAN Testers roadmap (GitHub file view, page text)', () => {
  const outline = parsePageText(shared('seeds/cpan-testers-roadmap.page-text.txt'));

  it('drops the repository chrome and takes the title', () => {
    expect(outline.title).toBe('CPAN Testers Project Roadmap');
    expect(texts(outline.blocks).join('\n')).not.toMatch(
      /Permalink|Find file|sloc|Fetching contributors|perform that action/,
    );
  });

  it('finds components and their recurring sub-headings, one level down', () => {
    const components = [
      'Operations and Documentation',
      'Backend: Data Processing (ETL)',
      'Data APIs',
      'Web App',
      'Metabase',
      'Testers',
    ];
    const list = headings(outline);
    expect(list.filter((heading) => heading.level === 2).map((heading) => heading.text)).toEqual(components);
    expect(list.slice(0, 6)).toEqual([
      { level: 2, text: 'Operations and Documentation' },
      { level: 3, text: 'Repositories' },
      { level: 3, text: 'Requirements' },
      { level: 3, text: 'Current Problems' },
      { level: 3, text: 'Future Plans' },
      { level: 2, text: 'Backend: Data Processing (ETL)' },
    ]);
    expect(list).toContainEqual({ level: 3, text: 'Completed Tasks' });
    expect(list.filter((heading) => heading.text === 'Requirements')).toHaveLength(6);
  });

  it('keeps the Status: lines as items without marks', () => {
    expect(items(section(outline, 'Operations and Documentation'))[0]?.item).toMatchObject({
      text: 'Status: In Development',
      marks: [],
    });
    expect(items(section(outline, 'Web App'))[0]?.item.text).toBe('Status: Pending');
    expect(items(section(outline, 'Metabase'))[0]?.item.text).toBe('Status: Under Discussion');
  });

  it('nests bullets by indentation, across blank lines', () => {
    const requirements = items(section(outline, 'Requirements'));
    expect(requirements.find(({ item }) => item.text === 'CPU usage')?.depth).toBe(3);
    const monitoring = items(section(outline, 'Current Problems'))[0];
    expect(monitoring?.item.text).toBe('Monitoring');
    expect(nested(monitoring?.item).items).toHaveLength(2);
  });

  it('links the URLs in the text', () => {
    expect(item(outline, 'The statistics pages on').links).toEqual([
      { url: 'http://stats.cpantesters.org/osmatrix-month.html' },
    ]);
  });
});

describe('mini-buildd roadmap (Sphinx page text)', () => {
  const outline = parsePageText(shared('seeds/mini-buildd-roadmap-2020-11.page-text.txt'));

  it('finds the release and milestone headings', () => {
    expect(outline.title).toBe('RoadMap Nov 2020');
    expect(headings(outline)).toEqual(
      [
        'State',
        'Milestones',
        'Open Issues',
        'BUILDING && REPOSITORY',
        'REVISIT/POST',
        'Post 2.0',
        'Bummers',
      ].map((text) => ({
        level: 2,
        text,
      })),
    );
    expect(section(outline, 'State')[0]).toMatchObject({ text: 'Updated Nov 2020 (version 1.9.4).' });
  });

  it('reads the milestones and the 2.0 promises', () => {
    const milestones = section(outline, 'Milestones');
    expect((milestones[0] as ListBlock).items).toHaveLength(10);
    expect((milestones[0] as ListBlock).items[9]?.text).toBe('WEB UI rewrite.');
    expect(milestones[1]).toMatchObject({ kind: 'paragraph', text: '2.0 will' });
  });

  it('reads the tagged issues under their release headings', () => {
    const building = items(section(outline, 'BUILDING && REPOSITORY')).map(({ item }) => item.text);
    expect(building).toContain(
      '[BUG]: When service is stopped, sbuild continues (try w/ chromium, it builds in 13h).',
    );
    expect(building).toContain('[WISH] Make passive ftp port range configurable.');
    expect(building).toContain('[FEAT]: Implement "wake remote" support.');
    const deactivation = item(outline, '[BISH]: auto-deactivation:');
    expect((deactivation.children[0] as ListBlock).ordered).toBe(true);
    const post = items(section(outline, 'Post 2.0')).map(({ item }) => item);
    expect(post.find((entry) => entry.text.startsWith('[WISH] Archive:'))?.links).toEqual([
      { url: 'https://bugs.debian.org/cgi-bin/bugreport.cgi?bug=740576' },
    ]);
    expect(post.find((entry) => entry.text.startsWith('[FEAT]'))?.text).toBe(
      '[FEAT]: Add suite "wildwest", including some way to add pre-build packages.',
    );
  });

  it('keeps an indented line under the item it continues', () => {
    expect(item(outline, 'Intermediate unpredicatble state of daemon instance:').children).toEqual([
      expect.objectContaining({
        kind: 'paragraph',
        text: expect.stringMatching(/^After Daemon instance creation/),
      }),
    ]);
  });
});
