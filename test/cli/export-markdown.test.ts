// `waymark export --format md` and `waymark convert --to md`: the Waymark Markdown convention
// from the command line, and back through `convert` and `import` without losing anything.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, scratchDir } from './run-cli.ts';

const shared = (relative: string) => fileURLToPath(new URL(`../../../shared/${relative}`, import.meta.url));

const withoutSource = (json: string) => {
  const { source: _source, ...roadmap } = JSON.parse(json).roadmap;
  return roadmap;
};

describe('waymark export and convert to Waymark Markdown', () => {
  it('exports a stored roadmap as Markdown that converts back to the same roadmap', async () => {
    const dir = scratchDir();
    await runCli(dir, ['start']);
    const md = await runCli(dir, ['export', 'lanternfish-2026h1', '--format', 'md', '-o', 'lanternfish.md']);
    expect(md.code).toBe(0);
    const text = readFileSync(path.join(dir, 'lanternfish.md'), 'utf8');
    expect(text).toMatch(/^---\nwaymark: 1\nid: lanternfish-2026h1\n/);
    expect(text).toMatch(/\n# .+\n/);
    const json = await runCli(dir, ['export', 'lanternfish-2026h1', '--format', 'json']);
    const back = await runCli(dir, ['convert', 'lanternfish.md', '--to', 'json']);
    expect(back.code).toBe(0);
    expect(withoutSource(back.stdout)).toEqual(withoutSource(json.stdout));
    expect(JSON.parse(back.stdout).roadmap.source).toMatchObject({ format: 'md', path: 'lanternfish.md' });
  });

  it('converts a document of another format to Markdown and back without a database', async () => {
    const dir = scratchDir();
    copyFileSync(
      shared('corpus/rst/SoftwareHeritage__swh-docs__docs__roadmap__roadmap-2022.rst'),
      path.join(dir, 'r.rst'),
    );
    const md = await runCli(dir, ['convert', 'r.rst', '--to', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('# Roadmap 2022\n');
    expect(md.stdout).toMatch(/\{#t4079\}\n\n- Priority: medium \(Medium\)\n- Leads: ardumont\n/);
    await runCli(dir, ['convert', 'r.rst', '--to', 'md', '-o', 'r.md']);
    const fromRst = await runCli(dir, ['convert', 'r.rst', '--to', 'json']);
    const fromMd = await runCli(dir, ['convert', 'r.md', '--to', 'json']);
    expect(withoutSource(fromMd.stdout)).toEqual(withoutSource(fromRst.stdout));
    // Markdown in, Markdown out: the same text but for the provenance of the file read.
    const again = await runCli(dir, ['convert', 'r.md', '--to', 'md']);
    const dropSource = (text: string) => text.replace(/\nsource:\n( {2}.*\n)+/, '\n');
    expect(again.stdout).toContain('  path: r.md\n');
    expect(dropSource(again.stdout)).toBe(dropSource(readFileSync(path.join(dir, 'r.md'), 'utf8')));
  });

  it('reports what it cannot read in a hand-written file with its line, and converts the rest', async () => {
    const dir = scratchDir();
    const text =
      '---\nwaymark: 1\nid: hand\n---\n\n# Hand\n\n## Area\n\n### Task\n\n- Status: done\n- Refs: T1\n';
    writeFileSync(path.join(dir, 'hand.md'), text);
    const run = await runCli(dir, ['convert', 'hand.md', '--to', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('hand.md:13:1: warning: Refs: "T1" must start with a tracker');
    expect(JSON.parse(run.stdout).roadmap.sections[0].items).toEqual([
      { id: 'task', title: 'Task', status: 'done' },
    ]);
  });

  it('names md among the formats when a format is unknown', async () => {
    const run = await runCli(scratchDir(), ['convert', 'nothing.md', '--to', 'markdown']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('unknown format "markdown"');
    expect(run.stderr).toContain('md');
  });
});
