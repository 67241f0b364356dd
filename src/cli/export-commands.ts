import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { exportRoadmap } from '../commands/export-roadmap.ts';
import { EXPORT_FORMATS, type ExportFormat, isExportFormat, renderDocument } from '../formats/render.ts';
import { type CliContext, CliError, withStore } from './context.ts';
import {
  dataOptions,
  kepReadmes,
  keyMapOption,
  MAP_HELP,
  TODAY_HELP,
  todayOption,
} from './import-command.ts';
import { readDocumentFile } from './read-roadmap.ts';

function exportFormat(name: string): ExportFormat {
  if (!isExportFormat(name))
    throw new CliError(`unknown format "${name}"; choose one of ${EXPORT_FORMATS.join(', ')}`);
  return name;
}

function write(cli: CliContext, text: string, output: string | undefined): void {
  if (output) writeFileSync(path.resolve(cli.io.cwd, output), text);
  else cli.io.stdout(text);
}

/** `export` takes a stored roadmap's id or a document file; an existing file wins. */
function isFile(cli: CliContext, name: string): boolean {
  const resolved = path.resolve(cli.io.cwd, name);
  return existsSync(resolved) && statSync(resolved).isFile();
}

function convertFile(
  cli: CliContext,
  file: string,
  format: ExportFormat,
  options: { output?: string; map?: string; today?: string },
): void {
  const data = dataOptions(
    cli,
    file,
    kepReadmes(cli, [file]),
    keyMapOption(options.map),
    todayOption(options.today),
  );
  const { document, warnings } = readDocumentFile(cli, file, undefined, data);
  for (const warning of warnings.slice(0, 20))
    cli.io.stderr(`${file}:${warning.line}:${warning.column}: warning: ${warning.message}\n`);
  write(cli, renderDocument(document, format), options.output);
}

export function registerExportCommands(program: Command, cli: CliContext): void {
  program
    .command('export')
    .description('Write a stored roadmap, or a roadmap document file, in an export format')
    .argument('<roadmap>', 'roadmap id, or a document file to convert')
    .option('-f, --format <format>', `one of ${EXPORT_FORMATS.join(', ')}`, 'json')
    .option('-r, --revision <rev>', 'revision id or number')
    .option('--as-of <date>', 'the roadmap as it was at this date or time (ISO 8601)')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('-w, --workspace <id>', 'workspace')
    .action(
      async (
        roadmapId: string,
        options: { format: string; revision?: string; asOf?: string; output?: string; workspace?: string },
      ) => {
        const format = exportFormat(options.format);
        if (options.revision && options.asOf) throw new CliError('give --revision or --as-of, not both');
        if (isFile(cli, roadmapId)) {
          if (options.revision || options.asOf)
            throw new CliError(
              `${roadmapId} is a file, which has no revisions: import it (waymark import ${roadmapId}) to keep its history`,
            );
          convertFile(cli, roadmapId, format, options);
          return;
        }
        const text = await withStore(cli, options, async (ctx) => {
          const { document, revision } = await exportRoadmap(
            ctx,
            roadmapId,
            options.revision ?? options.asOf,
          );
          // The feed lists the revisions up to the one exported.
          const revisions =
            format === 'atom'
              ? await ctx.store.listRevisions(ctx.workspaceId, roadmapId, {
                  limit: 50,
                  beforeSeq: revision.seq + 1,
                })
              : undefined;
          return renderDocument(document, format, revisions ? { revisions } : {});
        });
        write(cli, text, options.output);
      },
    );

  program
    .command('convert')
    .description('Convert a roadmap document to an export format, without a database')
    .argument('<file>', 'a roadmap document in any importable format')
    .requiredOption('-t, --to <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--map <pairs>', MAP_HELP)
    .option('--today <date>', TODAY_HELP)
    .action((file: string, options: { to: string; output?: string; map?: string; today?: string }) => {
      convertFile(cli, file, exportFormat(options.to), options);
    });
}
