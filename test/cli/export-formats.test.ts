import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, scratchDir } from './run-cli.ts';

const shared = (relative: string) => fileURLToPath(new URL(`../../../shared/${relative}`, import.meta.url));

describe('waymark export and convert', () => {
  it('exports a stored roadmap as CSV, iCalendar, Mermaid and Atom with its revisions', async () => {
    const dir = scratchDir();
    await runCli(dir, ['start']);
    const csv = await runCli(dir, ['export', 'lanternfish-2026h1', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe(
      '\ufeffid,title,section,parent,status,statusText,priority,leads,tags,labels,refs,effort,effortMin,effortMax,effortUnit,target,targetStart,targetEnd,dependsOn,summary',
    );
    const ics = await runCli(dir, ['export', 'lanternfish-2026h1', '--format', 'ics']);
    expect(ics.stdout).toContain('BEGIN:VCALENDAR');
    expect((await runCli(dir, ['export', 'lanternfish-2026h1', '--format', 'mermaid'])).stdout).toMatch(
      /^gantt\n/,
    );
    const atom = await runCli(dir, ['export', 'lanternfish-2026h1', '--format', 'atom']);
    expect(atom.stdout.match(/<entry>/g)).toHaveLength(5 + 2);
    expect(atom.stdout).toContain('Revision 5 (1.1): Back-pressure shipped; record the KPI');
    const old = await runCli(dir, ['export', 'lanternfish-2026h1', '--format', 'atom', '--revision', '2']);
    expect(old.stdout.match(/<title>Revision/g)).toHaveLength(2);
  });

  it('converts a document without a database, to standard output or a file', async () => {
    const dir = scratchDir();
    copyFileSync(
      shared('corpus/rst/SoftwareHeritage__swh-docs__docs__roadmap__roadmap-2022.rst'),
      path.join(dir, 'r.rst'),
    );
    const run = await runCli(dir, ['convert', 'r.rst', '--to', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('t4079,Extend archive coverage (2+2 loaders/listers),Collect,,');
    await runCli(dir, ['convert', 'r.rst', '--to', 'json', '-o', 'out.json']);
    expect(JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')).roadmap.title).toBe('Roadmap 2022');
    expect((await runCli(dir, ['list'])).stdout).toBe('');
    expect((await runCli(dir, ['convert', 'r.rst', '--to', 'pdf'])).stderr).toContain('unknown format "pdf"');
  });
});
