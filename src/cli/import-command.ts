import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { stringify as toYaml } from 'yaml';
import { importOrUpdate } from '../commands/import-document.ts';
import { WaymarkError } from '../domain/errors.ts';
import type { InterchangeDocument, Item, Section } from '../domain/interchange/index.ts';
import { FORMAT_NAMES, type InputFormat } from '../formats/detect.ts';
import { type CliContext, CliError, withStore } from './context.ts';
import { type DocumentFile, readDocumentFile } from './read-roadmap.ts';

interface ImportOptions {
  format?: string;
  workspace?: string;
  message?: string;
  dryRun?: boolean;
  to?: string;
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
      'Import roadmap documents (Markdown, reStructuredText, MediaWiki, HTML, page text, Org, AsciiDoc, POD, Textile, waymark/v1 JSON)',
    )
    .argument('<files...>', 'documents to import')
    .option('-f, --format <format>', `read every file as this format (${FORMAT_NAMES.join(', ')})`)
    .option('-w, --workspace <id>', 'workspace')
    .option('-m, --message <text>', 'revision message')
    .option('--dry-run', 'parse and check, store nothing')
    .option('--to <format>', 'print the interchange document (json or yaml) instead of storing it')
    .action(async (files: string[], options: ImportOptions) => {
      const format = options.format as InputFormat | undefined;
      if (format && !FORMAT_NAMES.includes(format)) {
        throw new CliError(`unknown format "${options.format}"; choose one of ${FORMAT_NAMES.join(', ')}`);
      }
      if (options.to && options.to !== 'json' && options.to !== 'yaml') {
        throw new CliError(`--to takes json or yaml, not "${options.to}"`);
      }
      const bar =
        files.length > 1 && process.stderr.isTTY
          ? new SingleBar({ format: 'importing [{bar}] {value}/{total} {file}', stream: process.stderr })
          : undefined;
      bar?.start(files.length, 0, { file: '' });
      // Every file is parsed before anything is stored: a batch with a bad file stores nothing.
      const parsed: Parsed[] = [];
      const failures: string[] = [];
      for (const file of files) {
        bar?.increment(1, { file });
        try {
          parsed.push(readDocumentFile(cli, file, format));
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
          `${failures.join('\n')}\n${failures.length} of ${files.length} file(s) failed; nothing was stored`,
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
