import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CliError } from './context.ts';

function unreadable(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
  return new CliError(`cannot read ${file}: ${reason}`);
}

/** Reads a file named on the command line, relative to the working directory. */
export function readInputFile(cwd: string, file: string): string {
  const full = path.resolve(cwd, file);
  try {
    return readFileSync(full, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new CliError(`cannot read ${file}: ${reason}`);
  }
}

/** Reads a file's bytes, for importers that detect the encoding themselves. */
export function readInputBytes(cwd: string, file: string): Uint8Array {
  const full = path.resolve(cwd, file);
  try {
    return readFileSync(full);
  } catch (error) {
    throw unreadable(file, error);
  }
}
