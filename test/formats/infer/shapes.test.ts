// Document shapes inference must read the same way whatever the project: each case is a small
// made-up document in the shape real roadmaps use.
import { describe, expect, it } from 'vitest';
import type { Item, Roadmap, Section } from '../../../src/domain/interchange/index.ts';
import type { InputFormat } from '../../../src/formats/detect.ts';
import { importText } from '../../../src/formats/import-text.ts';

function roadmapOf(text: string, format: InputFormat): Roadmap {
  return importText(text, { format }).document.roadmap;
}

function allItems(roadmap: Roadmap): Item[] {
  const out: Item[] = [];
  const walkItems = (items: readonly Item[] = []) => {
    for (const item of items) {
      out.push(item);
      walkItems(item.work);
    }
  };
  const walkSections = (sections: readonly Section[] = []) => {
    for (const section of sections) {
      walkItems(section.items);
      walkSections(section.sections);
    }
  };
  walkItems(roadmap.items);
  walkSections(roadmap.sections);
  return out;
}

describe('an unfinished sentence over bullets', () => {
  const roadmap = roadmapOf(
    [
      '# Plan',
      '',
      '## Milestones',
      '',
      '- Port the daemon to Python 3.',
      '- Rewrite the web UI.',
      '',
      '3.0 will',
      '',
      '- keep the database schema of 2.x.',
      '- drop the legacy API.',
      '',
    ].join('\n'),
    'md',
  );

  it('keeps the lead-in and its bullets as prose of the section, not goals', () => {
    const [milestones] = roadmap.sections ?? [];
    expect(milestones?.items?.map((i) => i.title)).toEqual([
      'Port the daemon to Python 3.',
      'Rewrite the web UI.',
    ]);
    expect(milestones?.summary).toBe(
      '3.0 will\n\n- keep the database schema of 2.x.\n- drop the legacy API.',
    );
  });

  it('still reads a lead-in over capitalised goals as a list of goals', () => {
    const other = roadmapOf('# Plan\n\n## Next\n\nWe plan to\n\n- Ship the CLI\n- Drop Node 18\n', 'md');
    expect(allItems(other).map((i) => i.title)).toEqual(['Ship the CLI', 'Drop Node 18']);
  });
});

describe('prose-only headings beside areas of goals', () => {
  const text = [
    'Roadmap',
    '=======',
    '',
    'Networking',
    '----------',
    '',
    '- connection pooling',
    '- proxy tunnelling',
    '',
    'Retry budgets',
    '-------------',
    '',
    'Give each client a budget of retries so storms die out.',
    '',
    'Pluggable DNS',
    '-------------',
    '',
    'Let applications resolve names themselves.',
    '',
  ].join('\n');

  it('are goals of the roadmap with their paragraph as summary', () => {
    const roadmap = roadmapOf(text, 'md');
    expect(roadmap.sections?.map((s) => s.title)).toEqual(['Networking']);
    expect(roadmap.items?.map((i) => [i.title, i.summary])).toEqual([
      ['Retry budgets', 'Give each client a budget of retries so storms die out.'],
      ['Pluggable DNS', 'Let applications resolve names themselves.'],
    ]);
  });

  it('stay chapters in a proposal that has a Summary or Motivation', () => {
    const proposal = text.replace('Retry budgets\n-------------', 'Summary\n-------');
    const roadmap = roadmapOf(proposal, 'md');
    expect(roadmap.items).toBeUndefined();
    expect(roadmap.sections?.map((s) => s.title)).toEqual(['Networking', 'Pluggable DNS']);
    expect(roadmap.fields?.Summary).toBe('Give each client a budget of retries so storms die out.');
  });
});

describe('a heading naming people', () => {
  it('over a list of names gives the leads of its goal', () => {
    const roadmap = roadmapOf(
      '# Goals\n\n## Faster builds\n\n- Status: in progress\n- Effort: 2 weeks\n\n### Owners\n\n- Ana Lima\n- Bo Chen\n',
      'md',
    );
    expect(allItems(roadmap)[0]).toMatchObject({ title: 'Faster builds', leads: ['Ana Lima', 'Bo Chen'] });
  });

  it('over prose describing a role stays a labelled passage', () => {
    const roadmap = roadmapOf(
      '# Goals\n\n## Personas\n\n- Effort: 1 month\n\n### Project manager:\n\nA project manager can change quotas of the project and approve requests of its members without an administrator.\n',
      'md',
    );
    const [goal] = allItems(roadmap);
    expect(goal?.leads).toBeUndefined();
    expect(goal?.fields?.['Project manager']).toMatch(/^A project manager can change quotas/);
  });
});

describe('a description list of areas', () => {
  const roadmap = roadmapOf(
    [
      '= Roadmap',
      '',
      '== Later',
      '',
      'Engine::',
      'Cache compiled templates (https://example.org/issues/PRJ-12[PRJ-12]) +',
      'Stream large responses +',
      'Drop the legacy parser',
      '',
      'Remote API::',
      'An HTTP endpoint for validation.',
      '',
    ].join('\n'),
    'adoc',
  );

  it('reads a term over hard-broken lines as an area with one goal per line', () => {
    const later = roadmap.sections?.[0];
    expect(later?.sections?.map((s) => [s.title, s.items?.map((i) => i.title)])).toEqual([
      ['Engine', ['Cache compiled templates', 'Stream large responses', 'Drop the legacy parser']],
    ]);
    expect(later?.sections?.[0]?.items?.[0]?.refs?.[0]).toMatchObject({ tracker: 'jira', id: 'PRJ-12' });
  });

  it('keeps a term with one line as a note on the area', () => {
    expect(roadmap.sections?.[0]?.fields).toEqual({ 'Remote API': 'An HTTP endpoint for validation.' });
  });
});

it('keeps an "Other details" heading as a note on its area', () => {
  const roadmap = roadmapOf(
    '== Video ==\n* Vulkan renderer\n== Audio ==\n=== Required ===\n* Mixer rewrite\n* Surround output\n=== Other details ===\nThe design notes are on the mailing list.\n',
    'wikitext',
  );
  expect(allItems(roadmap).map((i) => i.title)).toEqual([
    'Vulkan renderer',
    'Mixer rewrite',
    'Surround output',
  ]);
  expect(roadmap.sections?.[1]?.fields?.['Other details']).toBe('The design notes are on the mailing list.');
});

it('reads Org TODO declarations as status words and keeps display settings out of the roadmap', () => {
  const roadmap = roadmapOf(
    '#+TITLE: Plan\n#+STARTUP: content\n#+TODO: TODO DOING | SHIPPED\n#+AUTHOR: Ana\n\n* Release 2\n** DOING Faster startup\n** SHIPPED New config format\n',
    'org',
  );
  expect(roadmap.fields).toEqual({ author: 'Ana' });
  expect(allItems(roadmap).map((i) => [i.title, i.status])).toEqual([
    ['Faster startup', 'in_progress'],
    ['New config format', 'done'],
  ]);
});
