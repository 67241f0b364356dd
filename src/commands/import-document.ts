import type { InterchangeDocument } from '../domain/interchange/index.ts';
import { validateDocument } from '../domain/interchange/index.ts';
import type { WriteResult } from '../storage/index.ts';
import type { CommandContext } from './context.ts';

// A title may hold any text; a revision message is one printable line.
const printable = (text: string) =>
  [...text]
    .map((char) => ((char.codePointAt(0) ?? 0) < 32 || char === '\u007f' ? ' ' : char))
    .join('')
    .replace(/ +/g, ' ')
    .trim()
    .slice(0, 200);

export interface ImportOptions {
  /** The revision the caller last saw; `null` to create a roadmap that must not exist yet. */
  baseRevisionId: string | null;
  message?: string;
  versionLabel?: string;
}

/** Stores a validated interchange document as a new roadmap or as the next revision of one. */
export async function importDocument(
  ctx: CommandContext,
  document: unknown,
  options: ImportOptions,
): Promise<WriteResult> {
  const { roadmap } = validateDocument(document) as InterchangeDocument;
  await ctx.store.ensureWorkspace(ctx.workspaceId);
  return ctx.store.writeRoadmap({
    workspaceId: ctx.workspaceId,
    roadmap,
    baseRevisionId: options.baseRevisionId,
    actor: ctx.actor,
    kind: 'import',
    message:
      options.message ??
      `${options.baseRevisionId === null ? 'Import' : 'Re-import'} ${printable(roadmap.title)}`,
    ...(options.versionLabel ? { versionLabel: options.versionLabel } : {}),
  });
}

/**
 * The CLI's "store this file" intent: create the roadmap, or write a revision on top of the head
 * read just before. A concurrent writer in between still gets refused by the base check.
 */
export async function importOrUpdate(
  ctx: CommandContext,
  document: unknown,
  options: Omit<ImportOptions, 'baseRevisionId'> = {},
): Promise<{ revision: WriteResult; created: boolean }> {
  const { roadmap } = validateDocument(document) as InterchangeDocument;
  const head = await ctx.store.headRevision(ctx.workspaceId, roadmap.id);
  const revision = await importDocument(ctx, document, { ...options, baseRevisionId: head?.id ?? null });
  return { revision, created: head === undefined };
}
