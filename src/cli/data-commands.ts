import path from 'node:path';
import type { Command } from 'commander';
import { loadSamplesIfEmpty } from '../commands/load-samples.ts';
import { interchangeJsonSchemaText } from '../domain/interchange/index.ts';
import { type CliContext, CliError, withStore } from './context.ts';
import { registerExportCommands } from './export-commands.ts';
import { registerImportCommand } from './import-command.ts';

function describeDatabase(cli: CliContext): string {
  const config = cli.config();
  return config.databaseUrl
    ? 'PostgreSQL (DATABASE_URL)'
    : `SQLite at ${path.relative(cli.io.cwd, config.sqlitePath) || config.sqlitePath}`;
}

export function registerDataCommands(program: Command, cli: CliContext): void {
  const { io } = cli;

  program
    .command('start')
    .description('Prepare the database (migrations, sample roadmaps on first start) and show what to open')
    .action(async () => {
      await withStore(cli, {}, async (ctx) => {
        const loaded = await loadSamplesIfEmpty(ctx);
        if (loaded.length > 0) io.stdout(`Loaded sample roadmaps: ${loaded.join(', ')}\n`);
        const roadmaps = await ctx.store.listRoadmaps(ctx.workspaceId);
        io.stdout(`Waymark is ready on ${describeDatabase(cli)}, workspace "${ctx.workspaceId}".\n`);
        for (const roadmap of roadmaps) io.stdout(`  ${roadmap.id}  ${roadmap.title}\n`);
        const first = roadmaps[0]?.id ?? '<roadmap-id>';
        io.stdout(
          `The web server is not built yet; explore from the terminal:\n` +
            `  npx waymark export ${first} --format yaml\n` +
            `  npx waymark history ${first}\n` +
            `  npx waymark diff ${first} --from 1\n` +
            `  npx waymark search "metadata"\n`,
        );
      });
    });

  program
    .command('migrate')
    .description('Bring the database schema up to date')
    .action(async () => {
      await withStore(cli, {}, async () => {
        io.stdout(`Database schema is up to date (${describeDatabase(cli)}).\n`);
      });
    });

  program
    .command('list')
    .description('List the roadmaps of a workspace')
    .option('-w, --workspace <id>', 'workspace')
    .action(async (options: { workspace?: string }) => {
      await withStore(cli, options, async (ctx) => {
        for (const roadmap of await ctx.store.listRoadmaps(ctx.workspaceId)) {
          io.stdout(`${roadmap.id}\t${roadmap.title}\t${roadmap.headRevisionId}\n`);
        }
      });
    });

  registerImportCommand(program, cli);
  registerExportCommands(program, cli);

  program
    .command('search')
    .description('Full-text search of item titles, summaries and fields, best match first')
    .argument('<query>', 'words to look for')
    .option('-n, --limit <n>', 'how many results', '20')
    .option('-w, --workspace <id>', 'workspace')
    .action(async (query: string, options: { limit: string; workspace?: string }) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new CliError('--limit must be a positive whole number');
      await withStore(cli, options, async (ctx) => {
        const hits = await ctx.store.search(ctx.workspaceId, query, { limit });
        if (hits.length === 0) io.stdout('No matches.\n');
        for (const hit of hits) io.stdout(`${hit.roadmapId}/${hit.itemId}\t${hit.title}\n`);
      });
    });

  program
    .command('schema')
    .description('Print the waymark/v1 JSON Schema')
    .action(() => {
      io.stdout(interchangeJsonSchemaText());
    });
}
