// reStructuredText documents of ../shared/corpus/rst (SWH 2022 and mini-buildd are also in seeds.test.ts):
// facts checked by reading each document.
import { describe, expect, it } from 'vitest';
import { allItems, importShared, item, section } from './load.ts';

const rst = (name: string) => importShared(`corpus/rst/${name}.rst`);

describe('Software Heritage roadmap 2021', () => {
  const roadmap = rst('SoftwareHeritage__swh-docs__docs__roadmap__roadmap-2021');

  it('has the eight areas with their 30 goals', () => {
    expect(roadmap).toMatchObject({ title: 'Roadmap 2021', version: '1.0', updated: '2021-04-05' });
    expect(roadmap.sections?.map((s) => [s.title, s.items?.length])).toEqual([
      ['Collect', 4],
      ['Preserve', 7],
      ['Share', 5],
      ['Organize', 3],
      ['Measurement', 5],
      ['Documentation', 3],
      ['Community', 2],
      ['Tooling', 1],
    ]);
  });

  it('reads lower-case field lines and "Includes work"', () => {
    expect(item(roadmap, 't3082')).toMatchObject({
      title: 'Faster and more reliable save code now',
      leads: ['ardumont'],
      tags: ['openscience'],
      effort: { min: 1, max: 1, unit: 'person-month' },
    });
    expect(item(roadmap, 't3082').work).toHaveLength(2);
    expect(item(roadmap, 't3097').work?.map((w) => w.id)).toEqual(['t2073', 't2938', 't2088']);
  });

  it('keeps "Prior art" as a goal (it has its own task) with its dependencies', () => {
    expect(item(roadmap, 't3136')).toMatchObject({
      title: 'Prior art',
      leads: ['zack'],
      dependsOn: ['provenance', 'swh-graph in production'],
    });
    // "Includesd work:" (sic) is still a work list.
    expect(item(roadmap, 't2202').work).toHaveLength(3);
  });
});

describe('Software Heritage roadmap 2023', () => {
  const roadmap = rst('SoftwareHeritage__swh-docs__docs__devel__roadmap__roadmap-2023');

  it('has six areas and 35 goals', () => {
    expect(roadmap).toMatchObject({ title: 'Roadmap 2023', version: '1.0', updated: '2023-03-13' });
    expect(roadmap.sections?.map((s) => s.items?.length)).toEqual([5, 9, 9, 1, 2, 9]);
  });

  it('takes the GitLab milestone link as the ref, not as a work item', () => {
    const goal = item(roadmap, 'swh-98');
    expect(goal).toMatchObject({
      title: 'Add support for write APIs features in GraphQL',
      leads: ['jayesh'],
      priority: 'low',
      refs: [expect.objectContaining({ tracker: 'gitlab' })],
      kpis: [{ name: 'GraphQL coverage of 100% of the REST API in production' }],
    });
    expect(goal.summary).toMatch(/^Add support for write APIs in GraphQL/);
    expect(goal.work?.map((w) => w.title)).toEqual([
      'Implement write APIs',
      'Enforce authorization configuration for restricted access features',
    ]);
    expect(item(roadmap, 'swh-56')).toMatchObject({
      title: 'Tooling for takedown notices',
      priority: 'high',
      leads: ['lunar'],
    });
    expect(item(roadmap, 'swh-56').work).toHaveLength(5);
  });
});

describe('Software Heritage roadmap 2024', () => {
  const roadmap = rst('SoftwareHeritage__swh-docs__docs__devel__roadmap__roadmap-2024');

  it('has ten areas and 42 goals', () => {
    expect(roadmap.sections).toHaveLength(10);
    expect(roadmap.sections?.reduce((n, s) => n + (s.items?.length ?? 0), 0)).toBe(42);
    expect(section(roadmap, 'swh-core-platform').items).toHaveLength(22);
  });

  it('reads priority, tags, description and KPIs of goals with no lead', () => {
    const goal = item(roadmap, 'design-a-data-model-for-license-information');
    expect(goal).toMatchObject({ priority: 'medium', tags: ['Licence detection', 'SWH Sec'] });
    expect(goal.leads).toBeUndefined();
    expect(goal.summary).toMatch(/^Integrate license information/);
    expect(item(roadmap, 'mirror-tooling-for-takedown')).toMatchObject({
      priority: 'high',
      tags: ['Mirrors'],
    });
    expect(item(roadmap, 'mirror-tooling-for-takedown').kpis).toHaveLength(3);
  });
});

describe('Software Heritage roadmap 2025', () => {
  const roadmap = rst('SoftwareHeritage__swh-docs__docs__devel__roadmap__roadmap-2025');

  it('has 16 general goals, then the CodeCommons (12) and SWHSec (2) areas', () => {
    expect(roadmap.items).toHaveLength(16);
    expect(roadmap.sections?.map((s) => [s.title, s.items?.length])).toEqual([
      ['CodeCommons', 12],
      ['SWHSec', 2],
    ]);
  });

  it('reads bold labels without a colon as parts', () => {
    const goal = item(roadmap, 'coar-notify');
    expect(goal).toMatchObject({
      priority: 'high',
      tags: ['Interfaces Work Group', 'FAIR', 'Deposit', 'Enlarge'],
    });
    expect(goal.summary).toMatch(/^Add support for the COAR Notify protocol/);
    expect(goal.work).toHaveLength(3);
    expect(goal.kpis).toHaveLength(3);
    expect(item(roadmap, 'collect-and-store-cve-metadata')).toMatchObject({
      priority: 'high',
      tags: ['Data work group', 'SWHSec', 'Enrich'],
    });
  });
});

describe('Software Heritage roadmap 2026', () => {
  const roadmap = rst('SoftwareHeritage__swh-docs__docs__devel__roadmap__roadmap-2026');

  it('is titled by its first heading, with version and date', () => {
    expect(roadmap).toMatchObject({ title: 'Roadmap 2026', version: '1.0', updated: '2026-03-24' });
    expect(roadmap.period?.label).toBe('2026');
  });

  it('has the objectives, projects and the growth and consolidation projects', () => {
    expect(roadmap.sections?.map((s) => s.title)).toEqual([
      'Main objectives',
      'Projects',
      'Growth projects',
      'Consolidation projects for Q1 and Q2',
    ]);
    expect(section(roadmap, 'growth-projects').items?.map((i) => i.title)).toEqual([
      'Software Asset Dashboard',
      'Software Insights Report',
      'Vulnerability Graph',
      'Dataset Factory',
      'Link to other features',
    ]);
    expect(item(roadmap, 'git-sha256').summary).toMatch(/^Git is moving to a new internal hash function/);
  });
});

describe('mini-buildd RoadMap to 1.0', () => {
  const roadmap = rst('lightlinux__mini-buildd__doc__index');

  it('reads the roadmap table: a row per item, status as a percentage, effort triple, comments', () => {
    const roadmapSection = section(roadmap, 'roadmap-to-1-0');
    const rows = roadmapSection.items ?? [];
    expect(rows.slice(0, 8).map((i) => [i.statusText, i.status])).toEqual([
      ['100%', 'done'],
      ['100%', 'done'],
      ['95%', 'in_progress'],
      ['95%', 'in_progress'],
      ['95%', 'in_progress'],
      ['90%', 'in_progress'],
      ['30%', 'in_progress'],
      ['30%', 'in_progress'],
    ]);
    expect(item(roadmap, 'use-reprepro-for-repository-management')).toMatchObject({
      effort: { min: 2, max: 5, text: '2/3/5' },
      fields: {
        Comments: 'This replaces mini-dinstall repository management, and finally obsoletes mini-dinstall.',
      },
    });
    expect(item(roadmap, 'new-default-distribution-scheme-with-manual-staging-via-reprepro').title).toBe(
      'New default distribution scheme with (manual) staging via reprepro.',
    );
  });

  it('groups the known missing features by release, with their labels', () => {
    const missing = section(roadmap, 'known-missing-features');
    expect(missing.sections?.map((s) => [s.title, s.items?.length])).toEqual([
      ['For 1.0', 4],
      ['Optional, maybe 1.2', 5],
    ]);
    expect(item(roadmap, 'remotes-support')).toMatchObject({ title: 'Remotes support.', labels: ['feat'] });
    expect(item(roadmap, 'auto-backports').labels).toEqual(['regr']);
  });
});

describe('Ansible 2.4 roadmap', () => {
  const roadmap = rst('ansible__ansible__docs__docsite__rst__roadmap__ROADMAP_2_4');

  it('has its feature areas as sections', () => {
    expect(roadmap.title).toBe('Ansible 2.4');
    expect(roadmap.sections?.map((s) => s.title)).toEqual(
      expect.arrayContaining(['Python 3', 'Ansible-Config', 'Inventory', 'Facts', 'Vault']),
    );
  });

  it('reads the bold status markers at the end of goals', () => {
    expect(section(roadmap, 'facts').items?.map((i) => i.status)).toEqual([
      'done',
      'done',
      'done',
      'done',
      'done',
    ]);
    expect(item(roadmap, 'fact-gathering-policy-finer-grained')).toMatchObject({
      status: 'done',
      statusText: '(done)',
    });
    expect(item(roadmap, 'dump-existing-config-settings')).toMatchObject({ status: 'in_progress' });
    expect(item(roadmap, 'update-write-a-config-entry')).toMatchObject({
      status: 'postponed',
      statusText: '(pushed to future roadmap)',
    });
    expect(item(roadmap, 'ansible-ansible-12797').refs?.[0]).toMatchObject({
      tracker: 'github',
      id: 'ansible/ansible#12797',
    });
  });
});

describe('New Python C API roadmap', () => {
  const roadmap = rst('pythoncapi__pythoncapi__doc__roadmap');

  it('keeps its dated status entries as items of the Status section', () => {
    expect(roadmap.title).toBe('Roadmap for a new Python C API');
    const status = section(roadmap, 'status');
    expect(status.items?.length).toBeGreaterThanOrEqual(12);
    expect(status.items?.[0]?.title).toMatch(/^2020-04-10: PEP: Modify the C API/);
    expect(roadmap.fields?.['Open questions']).toMatch(/borrowed references/);
  });
});

describe('PEP 745 – Python 3.14 release schedule', () => {
  const roadmap = rst('python__peps__peps__pep-0745');

  it('keeps the PEP header fields and the schedule sections', () => {
    expect(roadmap.title).toBe('Python 3.14 Release Schedule');
    expect(roadmap.fields).toMatchObject({ PEP: '745', Author: 'Hugo van Kemenade', Status: 'Active' });
    expect(roadmap.sections?.map((s) => s.title)).toEqual([
      'Release manager and crew',
      'Release schedule',
      'Copyright',
    ]);
    expect(section(roadmap, 'release-schedule').items?.map((i) => i.title)).toEqual([
      '3.14.0 schedule',
      'Bugfix releases',
      'Source-only security fix releases',
      '3.14 lifespan',
    ]);
  });

  it('calls no section a milestone only for the word "release" in its name', () => {
    // "Release manager and crew" names people and "Release schedule" a timetable: no version, no date.
    expect(roadmap.sections?.map((s) => s.kind)).toEqual([undefined, undefined, undefined]);
  });
});

describe('OpenStack goal: consistent and secure default RBAC', () => {
  const roadmap = rst('openstack__governance__goals__selected__consistent-and-secure-rbac');

  it('has its phases as sections', () => {
    expect(roadmap.title).toBe('Consistent and Secure Default RBAC');
    expect(roadmap.sections?.map((s) => s.title)).toEqual(
      expect.arrayContaining(['Problem Summary', 'Phase 1', 'Phase 2', 'Phase 3']),
    );
    expect(section(roadmap, 'where-are-we-today').items?.[0]?.title).toBe(
      'Moved policy and documentation into code',
    );
    expect(allItems(roadmap).length).toBeGreaterThan(20);
  });

  it('reads the `project-manager`: heading as a labelled passage of its goal, not a section', () => {
    const goal = item(roadmap, 'implement-support-for-project-manager-personas');
    expect(goal.fields?.['project-manager']).toMatch(
      /^A \*project-manager\* can use project-level management/,
    );
    expect(section(roadmap, 'phase-3').sections).toBeUndefined();
  });
});
