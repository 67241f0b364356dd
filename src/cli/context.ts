import type { CommandContext } from '../commands/context.ts';
import { openConfiguredStore } from '../commands/open-store.ts';
import type { Config } from '../config/config.ts';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Where progress bars are drawn: the terminal's stderr when it is one, else none. */
  progress?: NodeJS.WritableStream;
}

export interface CliContext {
  io: CliIO;
  config: () => Config;
}

/** A failure the CLI itself detects (unreadable file, conflicting options). */
export class CliError extends Error {}

export interface StoreOptions {
  workspace?: string;
}

/** Opens the configured store for one command and always closes it. */
export async function withStore<T>(
  cli: CliContext,
  options: StoreOptions,
  run: (ctx: CommandContext) => Promise<T>,
): Promise<T> {
  const config = cli.config();
  const store = await openConfiguredStore(config);
  try {
    return await run({
      store,
      workspaceId: options.workspace ?? config.defaultWorkspace,
      actor: cli.io.env.WAYMARK_ACTOR || cli.io.env.USER || 'cli',
    });
  } finally {
    await store.close();
  }
}
