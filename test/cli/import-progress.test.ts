// `waymark import` draws a progress bar over a batch when it runs in a terminal, and never when its
// output is a pipe (scripts and CI read stderr for warnings only).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { runCli, scratchDir } from './run-cli.ts';

function threeFiles(cwd: string): string[] {
  const names = ['alpha.md', 'beta.md', 'gamma.md'];
  for (const name of names)
    writeFileSync(path.join(cwd, name), `# ${name}\n\n## Area\n\n- Goal of ${name}\n`);
  return names;
}

describe('import progress', () => {
  it('draws a bar that counts every file of the batch on a terminal', async () => {
    const cwd = scratchDir();
    const files = threeFiles(cwd);
    const terminal = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
    let drawn = '';
    terminal.on('data', (chunk: Buffer) => {
      drawn += chunk.toString('utf8');
    });
    let stdout = '';
    const code = await main(['node', 'waymark', 'import', ...files], {
      stdout: (text) => {
        stdout += text;
      },
      stderr: () => {},
      env: { WAYMARK_ACTOR: 'tester' },
      cwd,
      progress: terminal,
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/gamma/);
    expect(drawn).toContain('importing [');
    expect(drawn).toMatch(/3\/3 gamma\.md/);
  });

  it('writes no bar when stderr is not a terminal', async () => {
    const cwd = scratchDir();
    const run = await runCli(cwd, ['import', ...threeFiles(cwd)]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('importing [');
  });
});
