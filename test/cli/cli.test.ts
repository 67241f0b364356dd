import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratchDir } from './run-cli.ts';

const samplePath = new URL('../../samples/lanternfish-2026h1.json', import.meta.url);
const sample = () => JSON.parse(readFileSync(samplePath, 'utf8'));

describe('waymark CLI on SQLite', () => {
  it('start loads the samples once, with their history, and says what to do next', async () => {
    const dir = scratchDir();
    const first = await runCli(dir, ['start']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Loaded sample roadmaps: lanternfish-2026h1, lanternfish-2026h2');
    expect(first.stdout).toContain('SQLite at data/waymark.sqlite');
    const second = await runCli(dir, ['start']);
    expect(second.stdout).not.toContain('Loaded sample roadmaps');
    const history = await runCli(dir, ['history', 'lanternfish-2026h1']);
    const lines = history.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^5\t.*\tjonas\tedit \[1\.1\]\tBack-pressure shipped; record the KPI$/);
    expect(lines[4]).toMatch(/^1\t.*\timport\t/);
  });

  it('imports a document and exports exactly the same document', async () => {
    const dir = scratchDir();
    writeFileSync(path.join(dir, 'r.json'), JSON.stringify(sample()));
    const imported = await runCli(dir, ['import', 'r.json']);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(/^r\.json: created lanternfish-2026h1 at revision 1: /);
    const exported = await runCli(dir, ['export', 'lanternfish-2026h1', '--format', 'json']);
    expect(JSON.parse(exported.stdout)).toEqual(sample());
    const yaml = await runCli(dir, ['export', 'lanternfish-2026h1', '--format', 'yaml']);
    expect(yaml.stdout).toContain('format: waymark/v1');
  });

  it('refuses an invalid document with its JSON pointer and stores nothing', async () => {
    const dir = scratchDir();
    const bad = sample();
    bad.roadmap.sections[0].items[0].priority = 'urgent';
    writeFileSync(
      path.join(dir, 'good.json'),
      JSON.stringify({ ...sample(), roadmap: { ...sample().roadmap, id: 'good' } }),
    );
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify(bad));
    const run = await runCli(dir, ['import', 'good.json', 'bad.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad.json: not a valid waymark/v1 document');
    expect(run.stderr).toContain(
      '/roadmap/sections/0/items/0/priority: must be one of critical, high, medium, low, none',
    );
    const list = await runCli(dir, ['list']);
    expect(list.stdout).toBe('');
  });

  it('reports unreadable files, unknown formats and unknown roadmaps clearly', async () => {
    const dir = scratchDir();
    expect((await runCli(dir, ['import', 'missing.json'])).stderr).toBe(
      'waymark: cannot read missing.json: no such file\n1 of 1 file(s) failed; nothing was stored\n',
    );
    writeFileSync(path.join(dir, 'broken.json'), '{"format": ');
    expect((await runCli(dir, ['import', 'broken.json'])).stderr).toMatch(
      /^waymark: broken\.json: invalid JSON: /,
    );
    const format = await runCli(dir, ['export', 'x', '--format', 'docx']);
    expect(format.code).toBe(1);
    expect(format.stderr).toContain('unknown format "docx"');
    const missing = await runCli(dir, ['export', 'nope']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope/);
    expect((await runCli(dir, ['frobnicate'])).code).toBe(2);
  });

  it('re-imports as a new revision, diffs revisions, travels in time and restores', async () => {
    const dir = scratchDir();
    const v1 = sample();
    writeFileSync(path.join(dir, 'r.json'), JSON.stringify(v1));
    await runCli(dir, ['import', 'r.json']);
    const v2 = sample();
    v2.roadmap.sections[0].items[1].status = 'in_progress';
    v2.roadmap.sections[0].items[1].title = 'Connector SDK 2';
    writeFileSync(path.join(dir, 'r.json'), JSON.stringify(v2));
    expect((await runCli(dir, ['import', 'r.json', '-m', 'SDK started'])).stdout).toMatch(
      /updated lanternfish-2026h1 at revision 2/,
    );

    const diff = await runCli(dir, ['diff', 'lanternfish-2026h1', '--from', '1', '--to', '2', '--json']);
    const structured = JSON.parse(diff.stdout);
    expect(structured.summary.identical).toBe(false);
    const text = await runCli(dir, ['diff', 'lanternfish-2026h1', '--from', '1']);
    expect(text.stdout).toContain('connector-sdk');

    const old = await runCli(dir, ['export', 'lanternfish-2026h1', '--revision', '1']);
    expect(JSON.parse(old.stdout)).toEqual(v1);
    const future = await runCli(dir, ['export', 'lanternfish-2026h1', '--as-of', '2999-01-01']);
    expect(JSON.parse(future.stdout)).toEqual(v2);

    const restored = await runCli(dir, ['restore', 'lanternfish-2026h1', '1']);
    expect(restored.stdout).toMatch(/^Restored revision 1 of lanternfish-2026h1 as revision 3 /);
    expect(JSON.parse((await runCli(dir, ['export', 'lanternfish-2026h1'])).stdout)).toEqual(v1);
  });

  it('diffs two files without a database', async () => {
    const dir = scratchDir();
    const after = sample();
    after.roadmap.items[0].status = 'cancelled';
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify(sample()));
    writeFileSync(path.join(dir, 'b.json'), JSON.stringify(after));
    const run = await runCli(dir, ['diff', 'a.json', 'b.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('on-call-handbook');
    expect(run.stdout).toContain('cancelled');
  });

  it('searches items in the workspace', async () => {
    const dir = scratchDir();
    await runCli(dir, ['start']);
    const run = await runCli(dir, ['search', 'back-pressure']);
    expect(run.stdout.split('\n')[0]).toBe('lanternfish-2026h1/t4101\tBack-pressure for the ingest gateway');
    expect((await runCli(dir, ['search', 'zzzyyyxxx'])).stdout).toBe('No matches.\n');
  });

  it('prints the JSON Schema', async () => {
    const run = await runCli(scratchDir(), ['schema']);
    expect(JSON.parse(run.stdout).$id).toBe('urn:waymark:interchange:v1');
  });
});
