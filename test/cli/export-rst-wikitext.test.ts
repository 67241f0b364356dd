// `waymark export --format rst|wikitext` and `waymark convert --to rst|wikitext`: the two
// conventions from the command line, and back through `convert` without losing anything.
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, scratchDir } from './run-cli.ts';

const shared = (relative: string) => fileURLToPath(new URL(`../../../shared/${relative}`, import.meta.url));

const withoutSource = (json: string) => {
  const { source: _source, ...roadmap } = JSON.parse(json).roadmap;
  return roadmap;
};

describe('waymark export and convert to rst and wikitext', () => {
  it.each([
    ['rst', 'lanternfish.rst', /^\.\. waymark: roadmap lanternfish-2026h1\n\n=+\n.+\n=+\n/],
    ['wikitext', 'lanternfish.wiki', /^<!-- waymark: roadmap lanternfish-2026h1 -->\n\n= .+ =\n/],
  ])(
    'exports a stored roadmap as %s that converts back to the same roadmap',
    async (format, file, opening) => {
      const dir = scratchDir();
      await runCli(dir, ['start']);
      const run = await runCli(dir, ['export', 'lanternfish-2026h1', '--format', format, '-o', file]);
      expect(run.code).toBe(0);
      expect(readFileSync(path.join(dir, file), 'utf8')).toMatch(opening);
      const json = await runCli(dir, ['export', 'lanternfish-2026h1', '--format', 'json']);
      const back = await runCli(dir, ['convert', file, '--to', 'json']);
      expect(back.code).toBe(0);
      expect(withoutSource(back.stdout)).toEqual(withoutSource(json.stdout));
      expect(JSON.parse(back.stdout).roadmap.source).toMatchObject({ format, path: file });
    },
  );

  it('converts the SWH rst roadmap to rst and wikitext and back without a database', async () => {
    const dir = scratchDir();
    copyFileSync(
      shared('corpus/rst/SoftwareHeritage__swh-docs__docs__roadmap__roadmap-2022.rst'),
      path.join(dir, 'r.rst'),
    );
    const original = await runCli(dir, ['convert', 'r.rst', '--to', 'json']);
    const rst = await runCli(dir, ['convert', 'r.rst', '--to', 'rst', '-o', 'out.rst']);
    expect(rst.code).toBe(0);
    expect(readFileSync(path.join(dir, 'out.rst'), 'utf8')).toContain('- Lead: ardumont\n- Tags: coverage\n');
    const wiki = await runCli(dir, ['convert', 'r.rst', '--to', 'wikitext']);
    expect(wiki.code).toBe(0);
    expect(wiki.stdout).toContain(
      '== Collect ==\n\n<!-- waymark: item t4079 -->\n\n=== Extend archive coverage',
    );
    expect((await runCli(dir, ['convert', 'r.rst', '--to', 'wikitext', '-o', 'out.wiki'])).code).toBe(0);
    for (const file of ['out.rst', 'out.wiki']) {
      const back = await runCli(dir, ['convert', file, '--to', 'json']);
      expect(withoutSource(back.stdout)).toEqual(withoutSource(original.stdout));
    }
    expect((await runCli(dir, ['list'])).stdout).toBe('');
  });
});
