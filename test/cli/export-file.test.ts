// `waymark export FILE`: a document file is exported like `convert`, without a database; a file
// has no revisions, so --revision and --as-of are refused with what to do instead.
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, scratchDir } from './run-cli.ts';

const shared = (relative: string) => fileURLToPath(new URL(`../../../shared/${relative}`, import.meta.url));

describe('waymark export FILE', () => {
  it('writes a document file in another format, the same as convert, and stores nothing', async () => {
    const dir = scratchDir();
    copyFileSync(shared('seeds/mozilla-bidsync-storage-api-v2.r2.wiki'), path.join(dir, 'r2.wiki'));
    const exported = await runCli(dir, ['export', 'r2.wiki', '--format', 'md', '-o', 'r2.md']);
    expect(exported.code).toBe(0);
    const converted = await runCli(dir, ['convert', 'r2.wiki', '--to', 'md']);
    expect(readFileSync(path.join(dir, 'r2.md'), 'utf8')).toBe(converted.stdout);
    expect(converted.stdout).toMatch(/^---\nwaymark: 1\n/);
    expect(converted.stdout).toContain('Storage API v2.0');
    expect(existsSync(path.join(dir, 'data'))).toBe(false);
  });

  it('refuses --revision and --as-of for a file', async () => {
    const dir = scratchDir();
    copyFileSync(shared('seeds/mozilla-bidsync-storage-api-v2.r1.wiki'), path.join(dir, 'r1.wiki'));
    const run = await runCli(dir, ['export', 'r1.wiki', '--as-of', '2024-01-01']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/r1\.wiki is a file, which has no revisions: import it/);
  });

  it('still exports a stored roadmap by id', async () => {
    const dir = scratchDir();
    await runCli(dir, ['start']);
    const run = await runCli(dir, ['export', 'lanternfish-2026h1', '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^\uFEFFid,title,section/);
  });
});
