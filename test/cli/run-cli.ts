import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A scratch working directory with its own SQLite database, for running the CLI in-process. */
export function scratchDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'waymark-cli-'));
}

export async function runCli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'waymark', ...args], {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: { WAYMARK_ACTOR: 'tester', ...env },
    cwd,
  });
  return { code, stdout, stderr };
}
