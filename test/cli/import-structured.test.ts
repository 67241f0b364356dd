// `waymark import` and `waymark convert` of structured roadmaps: KEPs with their README, release
// schedules with --today, generic files with --map, and clear refusals that store nothing.
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, scratchDir } from './run-cli.ts';

const shared = (relative: string) => fileURLToPath(new URL(`../../../shared/${relative}`, import.meta.url));
const PREFIX = 'kubernetes__enhancements__keps__sig-cli__3895-kubectl-delete-interactivity__';
const KEP = shared(`corpus/yaml/${PREFIX}kep.yaml`);
const README = shared(`corpus/md/${PREFIX}README.md`);

function kepDir(withReadme: boolean): string {
  const dir = scratchDir();
  copyFileSync(KEP, path.join(dir, 'kep.yaml'));
  if (withReadme) copyFileSync(README, path.join(dir, 'README.md'));
  return dir;
}

const summaryOf = (stdout: string): string | undefined => JSON.parse(stdout).roadmap.items[0].summary;

describe('waymark import of KEPs', () => {
  it('describes a kep.yaml with the README.md beside it', async () => {
    const dir = kepDir(true);
    const run = await runCli(dir, ['import', 'kep.yaml', '--to', 'json']);
    expect(run.code).toBe(0);
    expect(summaryOf(run.stdout)).toMatch(/^Introduce interactive mode for `kubectl delete` command/);
    expect(
      summaryOf((await runCli(kepDir(false), ['import', 'kep.yaml', '--to', 'json'])).stdout),
    ).toBeUndefined();
  });

  it('pairs a README passed with its kep.yaml instead of importing it on its own', async () => {
    const dir = scratchDir();
    copyFileSync(KEP, path.join(dir, `${PREFIX}kep.yaml`));
    copyFileSync(README, path.join(dir, `${PREFIX}README.md`));
    const run = await runCli(dir, ['import', `${PREFIX}README.md`, `${PREFIX}kep.yaml`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `${PREFIX}kep.yaml: created kep-3895 at revision 1: 0 sections, 4 items, 0 check-ins, 0 warnings (yaml)\n`,
    );
    const exported = JSON.parse((await runCli(dir, ['export', 'kep-3895'])).stdout);
    expect(exported.roadmap.items[0].summary).toContain('**Motivation**');
    expect((await runCli(dir, ['list'])).stdout.trim().split('\n')).toHaveLength(1);
  });

  it('converts a kep.yaml with its README without a database', async () => {
    const dir = kepDir(true);
    const run = await runCli(dir, ['convert', 'kep.yaml', '--to', 'json']);
    expect(run.code).toBe(0);
    expect(summaryOf(run.stdout)).toContain('kubectl delete is disruptive');
  });
});

describe('waymark import of release schedules', () => {
  it('computes statuses for --today', async () => {
    const dir = scratchDir();
    copyFileSync(shared('corpus/json/nodejs__Release__schedule.json'), path.join(dir, 'schedule.json'));
    const on = async (today: string) => {
      const run = await runCli(dir, ['import', 'schedule.json', '--today', today, '--to', 'json']);
      const v22 = JSON.parse(run.stdout).roadmap.items.find((i: { id: string }) => i.id === 'v22');
      return [v22.status, v22.statusText];
    };
    expect(await on('2024-06-01')).toEqual(['in_progress', 'Current']);
    expect(await on('2025-01-01')).toEqual(['in_progress', 'Active LTS']);
    expect(await on('2027-05-01')).toEqual(['done', 'End-of-life']);
  });

  it('refuses a --today that is not a date', async () => {
    const dir = scratchDir();
    copyFileSync(shared('corpus/json/nodejs__Release__schedule.json'), path.join(dir, 'schedule.json'));
    for (const bad of ['tomorrow', '2025-02-30', '2025-2-1']) {
      const run = await runCli(dir, ['import', 'schedule.json', '--today', bad]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`waymark: --today takes a date as YYYY-MM-DD, not "${bad}"\n`);
    }
    expect((await runCli(dir, ['list'])).stdout).toBe('');
  });
});

describe('waymark import --map', () => {
  const GOALS = 'title: Launch plan\ngoals:\n  - goal: Open the beta\n    eta: Q1 2026\n    who: Kim\n';

  it('reads keys the common names do not know, on import and convert', async () => {
    const dir = scratchDir();
    writeFileSync(path.join(dir, 'plan.yaml'), GOALS);
    const run = await runCli(dir, [
      'import',
      'plan.yaml',
      '--map',
      'goal=title,eta=target,who=owner',
      '--to',
      'json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).roadmap.items[0]).toMatchObject({
      id: 'open-the-beta',
      title: 'Open the beta',
      target: { label: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' },
      leads: ['Kim'],
    });
    const converted = await runCli(dir, [
      'convert',
      'plan.yaml',
      '--to',
      'json',
      '--map',
      'goal=title,eta=due',
    ]);
    expect(JSON.parse(converted.stdout).roadmap.items[0]).toMatchObject({
      title: 'Open the beta',
      fields: { who: 'Kim' },
    });
  });

  it('warns when an entry has no title key, naming the --map that would say it', async () => {
    const dir = scratchDir();
    writeFileSync(path.join(dir, 'plan.yaml'), GOALS);
    const run = await runCli(dir, ['import', 'plan.yaml', '--dry-run']);
    expect(run.stdout).toBe('plan.yaml: launch-plan: 0 sections, 1 items, 0 check-ins, 1 warnings (yaml)\n');
    expect(run.stderr).toBe(
      'plan.yaml:1:1: warning: /goals/0: no title key (title, name, label…): "goal" is read as the title; --map goal=title says so\n',
    );
  });

  it('refuses a bad --map before reading anything', async () => {
    const dir = scratchDir();
    writeFileSync(path.join(dir, 'plan.yaml'), GOALS);
    const run = await runCli(dir, ['import', 'plan.yaml', '--map', 'goal:title']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^waymark: bad --map "goal:title": "goal:title" has no "="; write key=field pairs/,
    );
    const convert = await runCli(dir, ['convert', 'plan.yaml', '--to', 'json', '--map', 'goal=nonsense']);
    expect(convert.stderr).toMatch(/"nonsense" is not a field/);
    expect((await runCli(dir, ['list'])).stdout).toBe('');
  });
});

describe('waymark import of data that holds no roadmap', () => {
  it('says what was expected and stores nothing of the batch', async () => {
    const dir = scratchDir();
    copyFileSync(shared('corpus/yaml/gleam-lang__website___data__roadmap.yml'), path.join(dir, 'gleam.yml'));
    writeFileSync(path.join(dir, 'settings.json'), '{"theme": "dark", "size": 3}');
    const run = await runCli(dir, ['import', 'gleam.yml', 'settings.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'settings.json: expected a waymark/v1 document, a Kubernetes kep.yaml, a release schedule',
    );
    expect(run.stderr).toContain('found a mapping (keys theme, size) with no entries that name an item');
    expect(run.stderr).toContain('1 of 2 file(s) failed; nothing was stored');
    expect((await runCli(dir, ['list'])).stdout).toBe('');
    const ok = await runCli(dir, ['import', 'gleam.yml']);
    expect(ok.stdout).toBe(
      'gleam.yml: created gleam at revision 1: 13 sections, 99 items, 0 check-ins, 0 warnings (yaml)\n',
    );
  });
});
