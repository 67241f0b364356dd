import { existsSync } from 'node:fs';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { stringify as toYaml } from 'yaml';
import { importOrUpdate } from '../commands/import-document.ts';
import { WaymarkError } from '../domain/errors.ts';
import type { InterchangeDocument, Item, Section } from '../domain/interchange/index.ts';
import { FORMAT_NAMES, type InputFormat } from '../formats/detect.ts';
import type { ImportTextOptions } from '../formats/import-text.ts';
import { type KeyMap, parseKeyMap } from '../formats/structured/index.ts';
import { type CliContext, CliError, withStore } from './context.ts';
import { readInputFile } from './read-input.ts';
import { type DocumentFile, readDocumentFile } from './read-roadmap.ts';

interface ImportOptions {
  format?: string;
  workspace?: string;
  message?: string;
  dryRun?: boolean;
  to?: string;
  map?: string;
  today?: string;
}

export const MAP_HELP =
  'for generic YAML/TOML/JSON roadmaps, what other keys mean: key=field,… (e.g. goal=title,eta=target)';
export const TODAY_HELP = 'the date (YYYY-MM-DD) release-schedule statuses are computed for; default today';

/** `--map` read, or a CliError saying what is wrong with it. */
export function keyMapOption(spec: string | undefined): KeyMap | undefined {
  if (spec === undefined) return undefined;
  try {
    return parseKeyMap(spec);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

/** `--today`, checked, or the current date: pure importers never read the clock themselves. */
export function todayOption(value: string | undefined): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  const date = new Date(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    throw new CliError(`--today takes a date as YYYY-MM-DD, not "${value}"`);
  }
  return value;
}

const KEP = /(^|[\\/_.-])kep\.ya?ml$/i;
const README = /(^|[\\/_.-])readme\.md$/i;

/** `x/kep.yaml` and `x/README.md`, or `p__kep.yaml` and `p__README.md`: the same prefix in the same folder. */
function readmeNameFor(kepFile: string): string {
  return kepFile.replace(/kep\.ya?ml$/i, 'README.md');
}

/**
 * Pairs each KEP file with its README: one passed alongside it (which is then not imported on its
 * own) or, failing that, one beside it on disk. Returns the README file of each KEP file.
 */
export function kepReadmes(cli: CliContext, files: readonly string[]): Map<string, string> {
  const pairs = new Map<string, string>();
  const key = (file: string) => path.resolve(cli.io.cwd, file).toLowerCase();
  const passed = new Map(files.filter((file) => README.test(file)).map((file) => [key(file), file]));
  for (const file of files) {
    if (!KEP.test(file)) continue;
    const wanted = readmeNameFor(file);
    const alongside = passed.get(key(wanted));
    if (alongside !== undefined) pairs.set(file, alongside);
    else if (existsSync(path.resolve(cli.io.cwd, wanted))) pairs.set(file, wanted);
  }
  return pairs;
}

/** What a JSON/YAML/TOML importer needs besides the text: --map, today, and the KEP's README text. */
export function dataOptions(
  cli: CliContext,
  file: string,
  readmes: ReadonlyMap<string, string>,
  keyMap: KeyMap | undefined,
  today: string,
): NonNullable<ImportTextOptions['data']> {
  const readme = readmes.get(file);
  return {
    today,
    ...(keyMap ? { keyMap } : {}),
    ...(readme !== undefined ? { readme: readInputFile(cli.io.cwd, readme) } : {}),
  };
}

type Parsed = DocumentFile;

function counts(document: InterchangeDocument): string {
  let sections = 0;
  let items = 0;
  const visitItems = (list: readonly Item[] | undefined) => {
    for (const item of list ?? []) {
      items++;
      visitItems(item.work);
    }
  };
  const visitSections = (list: readonly Section[] | undefined) => {
    for (const section of list ?? []) {
      sections++;
      visitItems(section.items);
      visitSections(section.sections);
    }
  };
  visitSections(document.roadmap.sections);
  visitItems(document.roadmap.items);
  return `${sections} sections, ${items} items, ${document.roadmap.checkins?.length ?? 0} check-ins`;
}

export function registerImportCommand(program: Command, cli: CliContext): void {
  const { io } = cli;
  program
    .command('import')
    .description(
      'Import roadmap documents (Markdown, reStructuredText, MediaWiki, HTML, page text, Org, AsciiDoc, POD, Textile, waymark/v1 JSON; KEPs, release schedules and roadmaps in YAML, TOML or JSON)',
    )
    .argument('<files...>', 'documents to import')
    .option('-f, --format <format>', `read every file as this format (${FORMAT_NAMES.join(', ')})`)
    .option('-w, --workspace <id>', 'workspace')
    .option('-m, --message <text>', 'revision message')
    .option('--dry-run', 'parse and check, store nothing')
    .option('--to <format>', 'print the interchange document (json or yaml) instead of storing it')
    .option('--map <pairs>', MAP_HELP)
    .option('--today <date>', TODAY_HELP)
    .action(async (files: string[], options: ImportOptions) => {
      const format = options.format as InputFormat | undefined;
      if (format && !FORMAT_NAMES.includes(format)) {
        throw new CliError(`unknown format "${options.format}"; choose one of ${FORMAT_NAMES.join(', ')}`);
      }
      if (options.to && options.to !== 'json' && options.to !== 'yaml') {
        throw new CliError(`--to takes json or yaml, not "${options.to}"`);
      }
      const keyMap = keyMapOption(options.map);
      const today = todayOption(options.today);
      const bar =
        files.length > 1 && io.progress
          ? new SingleBar({ format: 'importing [{bar}] {value}/{total} {file}', stream: io.progress })
          : undefined;
      const readmes = kepReadmes(cli, files);
      // A README passed with its kep.yaml describes the KEP; it is not a roadmap of its own.
      const companions = new Set(readmes.values());
      const documents = files.filter((file) => !companions.has(file));
      bar?.start(documents.length, 0, { file: '' });
      // Every file is parsed before anything is stored: a batch with a bad file stores nothing.
      const parsed: Parsed[] = [];
      const failures: string[] = [];
      for (const file of documents) {
        bar?.increment(1, { file });
        try {
          parsed.push(readDocumentFile(cli, file, format, dataOptions(cli, file, readmes, keyMap, today)));
        } catch (error) {
          // Reading errors already name the file.
          if (error instanceof CliError) failures.push(error.message);
          else if (error instanceof WaymarkError) failures.push(`${file}: ${error.message}`);
          else failures.push(`${file}: could not be imported: ${(error as Error).message}`);
        }
      }
      bar?.stop();
      for (const { file, warnings } of parsed) {
        for (const warning of warnings.slice(0, 20))
          io.stderr(`${file}:${warning.line}:${warning.column}: warning: ${warning.message}\n`);
        if (warnings.length > 20) io.stderr(`${file}: … ${warnings.length - 20} more warnings\n`);
      }
      if (failures.length > 0) {
        throw new CliError(
          `${failures.join('\n')}\n${failures.length} of ${documents.length} file(s) failed; nothing was stored`,
        );
      }
      if (options.to) {
        for (const { document } of parsed)
          io.stdout(options.to === 'yaml' ? toYaml(document) : `${JSON.stringify(document, null, 2)}\n`);
        return;
      }
      const summary = (p: Parsed) => `${counts(p.document)}, ${p.warnings.length} warnings (${p.format})`;
      if (options.dryRun) {
        for (const p of parsed) io.stdout(`${p.file}: ${p.document.roadmap.id}: ${summary(p)}\n`);
        return;
      }
      await withStore(cli, options, async (ctx) => {
        for (const p of parsed) {
          const { revision, created } = await importOrUpdate(ctx, p.document, {
            ...(options.message ? { message: options.message } : {}),
          });
          const verb = created ? 'created' : revision.created === false ? 'unchanged' : 'updated';
          io.stdout(
            `${p.file}: ${verb} ${p.document.roadmap.id} at revision ${revision.seq}: ${summary(p)}\n`,
          );
        }
      });
    });
}
