import { validateDocument } from '../domain/interchange/index.ts';
import type { Visibility, WriteResult } from '../storage/index.ts';
import type { CommandContext } from './context.ts';

export interface PutRoadmapOptions {
  /** null creates the roadmap; otherwise the head the caller read (compare-and-set). */
  baseRevisionId: string | null;
  visibility?: Visibility;
  message?: string;
  versionLabel?: string;
  kind?: string;
}

/** Stores a whole interchange document, with its visibility, as one revision in one transaction. */
export async function putRoadmap(
  ctx: CommandContext,
  document: unknown,
  options: PutRoadmapOptions,
): Promise<WriteResult> {
  const { roadmap } = validateDocument(document);
  if (options.baseRevisionId === null) await ctx.store.ensureWorkspace(ctx.workspaceId);
  return ctx.store.writeRoadmap({
    workspaceId: ctx.workspaceId,
    roadmap,
    baseRevisionId: options.baseRevisionId,
    actor: ctx.actor,
    kind: options.kind ?? 'import',
    message: options.message ?? `${options.baseRevisionId === null ? 'Create' : 'Replace'} ${roadmap.id}`,
    ...(options.versionLabel ? { versionLabel: options.versionLabel } : {}),
    ...(options.visibility ? { visibility: options.visibility } : {}),
  });
}
