import type { Command } from 'commander';
import { diffRevisions } from '../commands/diff-revisions.ts';
import { restoreRevision } from '../commands/restore-revision.ts';
import { resolveSelector } from '../commands/revision-selector.ts';
import { diffRoadmaps, type RoadmapDiff, renderDiffText } from '../domain/diff/index.ts';
import { type CliContext, CliError, withStore } from './context.ts';
import { readDocumentFile } from './read-roadmap.ts';

export function registerHistoryCommands(program: Command, cli: CliContext): void {
  const { io } = cli;

  program
    .command('history')
    .description('List the revisions of a roadmap, newest first')
    .argument('<roadmap>', 'roadmap id')
    .option('-n, --limit <n>', 'how many revisions', '50')
    .option('-w, --workspace <id>', 'workspace')
    .action(async (roadmapId: string, options: { limit: string; workspace?: string }) => {
      await withStore(cli, options, async (ctx) => {
        const revisions = await ctx.store.listRevisions(ctx.workspaceId, roadmapId, {
          limit: Number(options.limit),
        });
        for (const r of revisions) {
          const label = r.versionLabel ? ` [${r.versionLabel}]` : '';
          io.stdout(`${r.seq}\t${r.id}\t${r.createdAt}\t${r.actor}\t${r.kind}${label}\t${r.message}\n`);
        }
      });
    });

  program
    .command('diff')
    .description(
      'Semantic diff: of two documents (any format), or of a roadmap between two revisions or dates',
    )
    .argument('<a>', 'a roadmap document (any importable format), or a roadmap id with --from')
    .argument('[b]', 'the second document')
    .option('--from <rev>', 'revision id, number or date to compare from')
    .option('--to <rev>', 'revision id, number or date to compare to (default: head)')
    .option('--json', 'print the structured diff as JSON')
    .option('-w, --workspace <id>', 'workspace')
    .action(
      async (
        a: string,
        b: string | undefined,
        options: { from?: string; to?: string; json?: boolean; workspace?: string },
      ) => {
        let diff: RoadmapDiff;
        if (b !== undefined) {
          if (options.from || options.to)
            throw new CliError('compare two files, or one roadmap with --from/--to, not both');
          const before = readDocumentFile(cli, a).document;
          const after = readDocumentFile(cli, b).document;
          diff = diffRoadmaps(before.roadmap, after.roadmap);
        } else {
          if (!options.from) throw new CliError('give two files, or a roadmap id and --from');
          const from = options.from;
          diff = await withStore(cli, options, (ctx) => diffRevisions(ctx, a, from, options.to));
        }
        io.stdout(options.json ? `${JSON.stringify(diff, null, 2)}\n` : `${renderDiffText(diff)}\n`);
      },
    );

  program
    .command('restore')
    .description('Restore a past revision of a roadmap as a new revision')
    .argument('<roadmap>', 'roadmap id')
    .argument('<revision>', 'revision id, number or date')
    .option('-m, --message <text>', 'revision message')
    .option('-w, --workspace <id>', 'workspace')
    .action(
      async (roadmapId: string, selector: string, options: { message?: string; workspace?: string }) => {
        await withStore(cli, options, async (ctx) => {
          const target = await resolveSelector(ctx, roadmapId, selector);
          const old = await ctx.store.readRoadmap(ctx.workspaceId, roadmapId, target);
          const head = await ctx.store.readRoadmap(ctx.workspaceId, roadmapId);
          const revision = await restoreRevision(ctx, {
            roadmapId,
            revisionId: old.revision.id,
            baseRevisionId: head.revision.id,
            ...(options.message ? { message: options.message } : {}),
          });
          io.stdout(
            `Restored revision ${old.revision.seq} of ${roadmapId} as revision ${revision.seq} (${revision.id})\n`,
          );
        });
      },
    );
}
