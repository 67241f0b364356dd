import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, scratchDir } from './run-cli.ts';

const shared = (relative: string) => fileURLToPath(new URL(`../../../shared/${relative}`, import.meta.url));
const SWH = 'corpus/rst/SoftwareHeritage__swh-docs__docs__roadmap__roadmap-2022.rst';

describe('waymark import of documents', () => {
  it('imports documents of several formats with a per-file summary', async () => {
    const dir = scratchDir();
    copyFileSync(shared(SWH), path.join(dir, 'roadmap-2022.rst'));
    copyFileSync(shared('seeds/mozilla-bidsync-storage-api-v2.r2.wiki'), path.join(dir, 'bidsync.wiki'));
    const run = await runCli(dir, ['import', 'roadmap-2022.rst', 'bidsync.wiki']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^roadmap-2022\.rst: created roadmap-2022 at revision 1: 6 sections, \d+ items, 0 check-ins, 0 warnings \(rst\)$/m,
    );
    expect(run.stdout).toMatch(/^bidsync\.wiki: created .* at revision 1: .* \(wikitext\)$/m);
    const exported = JSON.parse((await runCli(dir, ['export', 'roadmap-2022'])).stdout);
    expect(exported.roadmap.sections[0].title).toBe('Collect');
    expect(exported.roadmap.source).toMatchObject({
      format: 'rst',
      path: 'roadmap-2022.rst',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('re-importing the same text writes no new revision; a changed document writes one', async () => {
    const dir = scratchDir();
    copyFileSync(shared(SWH), path.join(dir, 'roadmap-2022.rst'));
    await runCli(dir, ['import', 'roadmap-2022.rst']);
    expect((await runCli(dir, ['import', 'roadmap-2022.rst'])).stdout).toMatch(
      /unchanged roadmap-2022 at revision 1/,
    );
  });

  it('prints the interchange document with --to and stores nothing with --dry-run', async () => {
    const dir = scratchDir();
    copyFileSync(shared(SWH), path.join(dir, 'r.rst'));
    const json = await runCli(dir, ['import', 'r.rst', '--to', 'json']);
    expect(JSON.parse(json.stdout).roadmap.version).toBe('1.0');
    const yaml = await runCli(dir, ['import', 'r.rst', '--to', 'yaml']);
    expect(yaml.stdout).toContain('format: waymark/v1');
    const dry = await runCli(dir, ['import', 'r.rst', '--dry-run']);
    expect(dry.stdout).toMatch(/^r\.rst: roadmap-2022: 6 sections/);
    expect((await runCli(dir, ['list'])).stdout).toBe('');
  });

  it('honours --format over the extension', async () => {
    const dir = scratchDir();
    writeFileSync(
      path.join(dir, 'notes.txt'),
      '== Plans ==\n* {{done}} Ship the importer\n* Write the docs\n',
    );
    const run = await runCli(dir, ['import', 'notes.txt', '--format', 'wikitext', '--to', 'json']);
    const roadmap = JSON.parse(run.stdout).roadmap;
    expect(roadmap.title).toBe('Plans');
    expect(roadmap.items[0]).toMatchObject({ title: 'Ship the importer', status: 'done' });
    expect(roadmap.source.format).toBe('wikitext');
    expect((await runCli(dir, ['import', 'notes.txt', '--format', 'docx'])).stderr).toContain(
      'unknown format "docx"',
    );
  });

  it('fails with a clear message on binary data, stores nothing of the batch, exits non-zero', async () => {
    const dir = scratchDir();
    copyFileSync(shared(SWH), path.join(dir, 'good.rst'));
    writeFileSync(path.join(dir, 'logo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const run = await runCli(dir, ['import', 'good.rst', 'logo.md', 'missing.md']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'logo.md: the file contains NUL bytes: it looks like binary data, not a document',
    );
    expect(run.stderr).toContain('\ncannot read missing.md: no such file');
    expect(run.stderr).toContain('2 of 3 file(s) failed; nothing was stored');
    expect((await runCli(dir, ['list'])).stdout).toBe('');
  });
});

describe('waymark diff of two documents', () => {
  it('diffs two revisions of a wiki page without a database', async () => {
    const dir = scratchDir();
    copyFileSync(shared('seeds/mozilla-bidsync-storage-api-v2.r1.wiki'), path.join(dir, 'r1.wiki'));
    copyFileSync(shared('seeds/mozilla-bidsync-storage-api-v2.r2.wiki'), path.join(dir, 'r2.wiki'));
    const run = await runCli(dir, ['diff', 'r1.wiki', 'r2.wiki', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary.items).toMatchObject({ added: 7, removed: 0 });
    const text = await runCli(dir, ['diff', 'r1.wiki', 'r2.wiki']);
    expect(text.stdout).toContain('Design and Document the 2.0 Protocol API');
  });
});

describe('waymark import of data files', () => {
  it('imports interchange YAML, and stores nothing when one data file of a batch is broken', async () => {
    const dir = scratchDir();
    const sample = new URL('../../samples/lanternfish-2026h2.json', import.meta.url);
    const yaml = (await runCli(dir, ['convert', fileURLToPath(sample), '--to', 'yaml'])).stdout;
    writeFileSync(path.join(dir, 'h2.yaml'), yaml);
    const run = await runCli(dir, ['import', 'h2.yaml']);
    expect(run.stdout).toMatch(
      /^h2\.yaml: created lanternfish-2026h2 at revision 1: 2 sections, 3 items, 0 check-ins, 0 warnings \(yaml\)$/m,
    );
    copyFileSync(shared('corpus/yaml/gleam-lang__website___data__roadmap.yml'), path.join(dir, 'gleam.yml'));
    copyFileSync(shared('corpus/toml/rust-lang__types-team__roadmap.toml'), path.join(dir, 'types.toml'));
    writeFileSync(path.join(dir, 'broken.yaml'), 'format: waymark/v1\nroadmap: [unclosed\n');
    const refused = await runCli(dir, ['import', 'gleam.yml', 'types.toml', 'broken.yaml']);
    expect(refused.code).toBe(1);
    // Structured roadmaps import (test/cli/import-structured.test.ts); the broken file fails the batch.
    expect(refused.stderr).toContain('broken.yaml: invalid YAML:');
    expect(refused.stderr).toContain('1 of 3 file(s) failed; nothing was stored');
  });
});
