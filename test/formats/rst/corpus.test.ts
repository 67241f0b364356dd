// The other reStructuredText roadmaps of the corpus: Ansible, mini-buildd, pythoncapi, PEP 745,
// OpenStack. Each fact below was checked against the document.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CodeBlock, ParagraphBlock, TableBlock } from '../../../src/formats/outline/types.ts';
import { parseRst } from '../../../src/formats/rst/index.ts';
import { allBlocks, asList, blockAfter, corpus, expectWellFormed, headingTexts } from './outline-helpers.ts';

describe('Ansible 2.4 roadmap', () => {
  const outline = parseRst(corpus('rst/ansible__ansible__docs__docsite__rst__roadmap__ROADMAP_2_4.rst'));

  it('takes the overlined title as the document title, the sections one level below', () => {
    expect(outline.title).toBe('Ansible 2.4');
    expect(outline.blocks[0]).toMatchObject({ kind: 'heading', level: 1, pos: { line: 2, column: 1 } });
    const sections = headingTexts(outline, 2);
    expect(sections).toHaveLength(20);
    expect(sections.slice(0, 3)).toEqual([
      'Administrivia and Process',
      'Python 2.4 and 2.5 support discontinuation',
      'Python 3',
    ]);
  });

  it('keeps the bold dates as paragraphs in Markdown', () => {
    expect(outline.blocks[1]).toMatchObject({
      kind: 'paragraph',
      text: 'Core Engine Freeze and Module Freeze: 15 August 2017',
      markdown: '**Core Engine Freeze and Module Freeze: 15 August 2017**',
    });
  });

  it('records bold status markers as marks and keeps them in the text', () => {
    const config = asList(blockAfter(outline, 'Ansible-Config'));
    const pr = config.items[1];
    expect(pr?.text).toBe('Initial PR of code found in ansible/ansible PR #12797. (done)');
    expect(pr?.markdown).toBe(
      'Initial PR of code found in ansible/ansible PR [#12797](https://github.com/ansible/ansible/pull/12797). **(done)**',
    );
    expect(pr?.marks).toEqual([{ source: 'marker', text: '(done)' }]);
    expect(config.items[2]?.marks).toEqual([{ source: 'marker', text: '(WIP)' }]);
    const nested = asList(config.items[4]?.children[0]);
    expect(nested.items[1]?.marks).toEqual([{ source: 'marker', text: '(pushed to future roadmap)' }]);
  });

  it('reads a status line followed at once by bullets as a paragraph and a list, with a warning', () => {
    expect(blockAfter(outline, 'Inventory')).toMatchObject({
      kind: 'paragraph',
      text: '(done, needs docs)',
      marks: [{ source: 'marker', text: '(done, needs docs)' }],
    });
    expect(asList(blockAfter(outline, 'Inventory', 2)).items).toHaveLength(2);
    expect(outline.warnings).toContainEqual({
      line: 54,
      column: 1,
      message: 'bullet list starts without a blank line before it',
    });
  });
});

describe('mini-buildd index.rst', () => {
  const text = corpus('rst/lightlinux__mini-buildd__doc__index.rst');
  const outline = parseRst(text);

  it('skips the leading comment and takes the lone top section as the title', () => {
    expect(outline.title).toBe('Mini-buildd');
    expect(headingTexts(outline, 2)).toEqual([
      'RoadMap to 1.0',
      'Quickstart',
      'Manual',
      'API Reference',
      'Indices and tables',
    ]);
    expect(headingTexts(outline, 3)[0]).toBe('Known missing features');
  });

  it('reads the simple table: header from the === rows, multi-line cells joined', () => {
    const table = blockAfter(outline, 'RoadMap to 1.0', 2) as TableBlock;
    expect(table.kind).toBe('table');
    expect(table.pos).toEqual({ line: 20, column: 1 });
    expect(table.header.map((c) => c.text)).toEqual(['Status', 'Desc', 'Effort Estimation', 'Comments']);
    expect(table.rows).toHaveLength(8);
    expect(table.rows[1]?.map((c) => c.text)).toEqual([
      '100%',
      'New default distribution scheme with (manual) staging via reprepro.',
      '1/2/3',
      '',
    ]);
    expect(table.rows[2]?.[3]?.text).toBe(
      'This replaces mini-dinstall repository management, and finally obsoletes mini-dinstall.',
    );
    expect(table.rows[7]?.[0]?.text).toBe('30%');
  });

  it('keeps tagged items, the note body and enumerated steps; roles become their text', () => {
    const forOne = asList(blockAfter(outline, 'Known missing features', 2));
    expect(forOne.items.map((i) => i.text)).toEqual([
      '[FEAT] Auth via gnupg (user uploads, buildrequests, buildresults)',
      '[FEAT] Remotes support.',
      '[REGR] Enhanced reprepro support, integrate 0.8.x pre-build qa-checks: NEW, ORIG.',
      '[FEAT] Proper handling of all model stati (chroot, source, repository).',
    ]);
    const steps = asList(blockAfter(outline, 'Administration', 2));
    expect(steps.ordered).toBe(true);
    expect(steps.items).toHaveLength(6);
    expect(steps.items[0]?.markdown).toBe('**Add** mirror(s).');
    const note = asList(blockAfter(outline, 'Administration', 3));
    expect(note.items[0]?.text).toBe('Adding chroots could take a while -- stay tuned!');
    expect(asList(blockAfter(outline, 'Indices and tables')).items.map((i) => i.text)).toEqual([
      'genindex',
      'modindex',
      'search',
    ]);
  });

  it('skips toctree and todolist, and warns where a list ends without a blank line', () => {
    expect(blockAfter(outline, 'In-code TODOS')).toMatchObject({ kind: 'heading', text: 'Quickstart' });
    expect(blockAfter(outline, 'Manual')).toMatchObject({
      kind: 'paragraph',
      text: 'The manual is yet to be written.',
    });
    expect(outline.warnings).toEqual([{ line: 86, column: 1, message: 'list ends without a blank line' }]);
    expectWellFormed(outline, text);
  });
});

describe('pythoncapi roadmap', () => {
  const outline = parseRst(corpus('rst/pythoncapi__pythoncapi__doc__roadmap.rst'));

  it('takes the +++ overlined title as the document title', () => {
    expect(outline.title).toBe('Roadmap for a new Python C API');
    expect(outline.blocks[0]).toMatchObject({ kind: 'heading', level: 1, pos: { line: 2, column: 1 } });
    expect(headingTexts(outline, 2)).toEqual(['Roadmap', 'Open questions', 'Status', 'Players']);
  });

  it('renders :ref: roles as their text and keeps bold', () => {
    const steps = asList(blockAfter(outline, 'Roadmap'));
    expect(steps.items[0]?.text).toBe(
      'Step 1: Identify Bad C API and list functions that should be modified or even removed',
    );
    expect(steps.items[1]?.markdown).toContain('Add an **opt-in** new C API with these cleanups.');
  });

  it('resolves links whose URL is on the next line', () => {
    const status = asList(blockAfter(outline, 'Status'));
    expect(status.items[0]?.text).toBe(
      '2020-04-10: PEP: Modify the C API to hide implementation details sent to python-dev.',
    );
    expect(status.items[0]?.links[0]?.url).toBe(
      'https://mail.python.org/archives/list/python-dev@python.org/thread/HKM774XKU7DPJNLUTYHUB5U6VR6EQMJF/#TKHNENOXP6H34E73XGFOL2KKXSM4Z6T2',
    );
  });
});

describe('PEP 745', () => {
  const outline = parseRst(corpus('rst/python__peps__peps__pep-0745.rst'));

  it('reads the RFC 822 header into meta and the title from it', () => {
    expect(outline.meta).toEqual({
      PEP: '745',
      Title: 'Python 3.14 Release Schedule',
      Author: 'Hugo van Kemenade',
      Status: 'Active',
      Type: 'Informational',
      Topic: 'Release',
      Created: '24-Apr-2024',
      'Python-Version': '3.14',
    });
    expect(outline.title).toBe('Python 3.14 Release Schedule');
    expect(outline.blocks[0]).toMatchObject({
      kind: 'heading',
      level: 1,
      text: 'Abstract',
      pos: { line: 11, column: 1 },
    });
    expect(headingTexts(outline, 1)).toEqual([
      'Abstract',
      'Release manager and crew',
      'Release schedule',
      'Copyright',
    ]);
  });

  it('keeps the text between the release-schedule comments as ordinary blocks', () => {
    expect(blockAfter(outline, '3.14.0 schedule', 2)).toMatchObject({ kind: 'paragraph', text: 'Actual:' });
    const actual = asList(blockAfter(outline, '3.14.0 schedule', 3));
    expect(actual.items).toHaveLength(16);
    expect(actual.items[0]?.text).toBe('3.14 development begins: Wednesday, 2024-05-08');
    expect(actual.items[8]?.text).toBe(
      '3.14.0 beta 1: Wednesday, 2025-05-07 (No new features beyond this point.)',
    );
    const expected = asList(blockAfter(outline, 'Bugfix releases', 4));
    expect(expected.items.at(-1)?.text).toBe(
      '3.14.14: Tuesday, 2027-10-05 (Final regular bugfix release with binary installers)',
    );
  });

  it('links :pep: roles', () => {
    const intro = blockAfter(outline, '3.14.0 schedule') as ParagraphBlock;
    expect(intro.links).toEqual([{ url: 'https://peps.python.org/pep-0602/', title: 'PEP 602' }]);
  });
});

describe('OpenStack consistent and secure RBAC goal', () => {
  const outline = parseRst(
    corpus('rst/openstack__governance__goals__selected__consistent-and-secure-rbac.rst'),
  );

  it('reads #. enumerated lists as ordered lists', () => {
    expect(outline.title).toBe('Consistent and Secure Default RBAC');
    const problems = asList(blockAfter(outline, 'Problem Summary', 5));
    expect(problems.ordered).toBe(true);
    expect(problems.items).toHaveLength(6);
    expect(problems.items[1]?.text).toBe('The design violated the principle of least privilege');
    const champions = asList(blockAfter(outline, 'Champion'));
    expect(champions.items.map((i) => i.text)).toEqual([
      'Lance Bragstad <lbragstad@redhat.com> (lbragstad)',
      'Ghanshyam Mann <gmann@ghanshyammann.com> (gmann)',
    ]);
    expect(champions.items[0]?.links).toEqual([{ url: 'mailto:lbragstad@redhat.com' }]);
  });

  it('reads code-block directives and :: literal blocks as code', () => {
    const code = allBlocks(outline.blocks).filter((b): b is CodeBlock => b.kind === 'code');
    expect(code.filter((c) => c.lang === 'python')).toHaveLength(14);
    expect(blockAfter(outline, 'How operators opt into the new functionality', 2)).toEqual({
      kind: 'code',
      text: '[oslo_policy]\nenforce_new_defaults=True',
      pos: { line: 491, column: 3 },
    });
  });

  it('resolves targets defined at the end, and leaves section references as text', () => {
    expect(asList(blockAfter(outline, 'References')).items[0]?.links).toEqual([
      {
        url: 'https://wiki.openstack.org/wiki/Consistent_and_Secure_Default_Policies_Popup_Team',
        title: 'wiki',
      },
    ]);
    const zed = asList(blockAfter(outline, 'Z-Release Timeline'));
    expect(zed.items[1]?.text).toBe('Services start implementing Phase 1');
    expect(zed.items[1]?.links).toEqual([]);
  });
});

describe('every RST document of the corpus', () => {
  const dir = new URL('../../../../shared/corpus/rst/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.rst'));

  it('is 11 documents', () => {
    expect(files).toHaveLength(11);
  });

  it.each(files)('%s parses to a well-formed outline with headings', (file) => {
    const text = corpus(`rst/${file}`);
    const outline = parseRst(text);
    expect(outline.blocks.some((b) => b.kind === 'heading')).toBe(true);
    expectWellFormed(outline, text);
  });
});
