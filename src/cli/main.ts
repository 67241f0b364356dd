import { Command, CommanderError } from 'commander';
import { type Config, ConfigError, loadConfig } from '../config/config.ts';
import { WaymarkError } from '../domain/errors.ts';
import { type CliContext, CliError, type CliIO } from './context.ts';
import { registerDataCommands } from './data-commands.ts';
import { registerHistoryCommands } from './history-commands.ts';
import { registerServeCommand } from './serve-command.ts';

const defaultIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  ...(process.stderr.isTTY ? { progress: process.stderr } : {}),
};

export function buildProgram(cli: CliContext): Command {
  const program = new Command('waymark')
    .description('Import, track, version and publish technical roadmaps.')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: cli.io.stdout, writeErr: cli.io.stderr });
  registerDataCommands(program, cli);
  registerHistoryCommands(program, cli);
  registerServeCommand(program, cli);
  return program;
}

/** Runs the CLI and returns the exit code: 0 success, 1 a failure the user can fix, 2 bad usage. */
export async function main(argv: readonly string[], io: CliIO = defaultIO): Promise<number> {
  let config: Config | undefined;
  const cli: CliContext = {
    io,
    config: () => {
      config ??= loadConfig(io.env, io.cwd);
      return config;
    },
  };
  try {
    await buildProgram(cli).parseAsync(argv as string[]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof WaymarkError || error instanceof ConfigError || error instanceof CliError) {
      io.stderr(`waymark: ${error.message}\n`);
      return 1;
    }
    io.stderr(`waymark: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
