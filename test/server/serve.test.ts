// `waymark serve` end to end in a child process: it loads the samples into an empty database,
// prints the URL, answers, and exits 0 on SIGTERM after closing the store.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/waymark.js', import.meta.url));

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = output.match(pattern);
      if (match) {
        child.stdout?.off('data', onData);
        resolve(match);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`serve exited with ${code} before printing ${pattern}:\n${output}`)),
    );
  });
}

describe('waymark serve', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('starts on a free port, serves the samples and stops cleanly on SIGTERM', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'waymark-serve-'));
    child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
      cwd,
      env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: '', WAYMARK_ADMIN_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const [, url] = await waitForLine(child, /Waymark is listening on (http:\/\/127\.0\.0\.1:\d+)\n/);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const roadmaps = (await (await fetch(`${url}/api/v1/roadmaps`)).json()) as { items: unknown[] };
    expect(roadmaps.items.length).toBeGreaterThan(0);

    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited, stderr).toBe(0);
  }, 60_000);

  it('refuses a bad port with a clear message', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'waymark-serve-'));
    child = spawn(process.execPath, [BIN, 'serve', '--port', 'eighty'], {
      cwd,
      env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const code = await new Promise<number | null>((resolve) => child?.once('exit', (exit) => resolve(exit)));
    expect(code).toBe(1);
    expect(stderr).toContain('--port takes a number from 0 to 65535');
  }, 60_000);
});
