import { ValidationError } from '../domain/errors.ts';
import { type Roadmap, validateDocument } from '../domain/interchange/index.ts';
import type { Visibility, WriteResult } from '../storage/index.ts';
import type { CommandContext } from './context.ts';

/** The roadmap's own fields a metadata update may change; sections, items and check-ins have their own edits. */
export const METADATA_KEYS = ['title', 'version', 'updated', 'period', 'summary', 'links', 'fields'] as const;
export type MetadataKey = (typeof METADATA_KEYS)[number];
export type RoadmapMetadata = Partial<Pick<Roadmap, MetadataKey>>;

export interface UpdateMetadataInput {
  roadmapId: string;
  baseRevisionId: string;
  set?: RoadmapMetadata;
  unset?: readonly MetadataKey[];
  visibility?: Visibility;
  message?: string;
  versionLabel?: string;
}

/** Changes the roadmap's own fields and/or its visibility on top of `baseRevisionId`, atomically. */
export async function updateRoadmapMetadata(
  ctx: CommandContext,
  input: UpdateMetadataInput,
): Promise<WriteResult> {
  if (input.unset?.includes('title')) {
    const message = 'a roadmap must keep a title';
    throw new ValidationError(message, [{ pointer: '/unset', message }]);
  }
  const { roadmap } = await ctx.store.readRoadmap(ctx.workspaceId, input.roadmapId, {
    revisionId: input.baseRevisionId,
  });
  const next: Record<string, unknown> = { ...roadmap, ...input.set };
  for (const key of input.unset ?? []) delete next[key];
  // Validation pointers name the document; the caller sent only the roadmap's fields.
  const { roadmap: checked } = validateDocument({ format: 'waymark/v1', roadmap: next });
  const changed = [...Object.keys(input.set ?? {}), ...(input.unset ?? [])];
  return ctx.store.writeRoadmap({
    workspaceId: ctx.workspaceId,
    roadmap: checked,
    baseRevisionId: input.baseRevisionId,
    actor: ctx.actor,
    kind: 'edit',
    message: input.message ?? (changed.length > 0 ? `Edit ${changed.join(', ')}` : 'Edit roadmap'),
    ...(input.versionLabel ? { versionLabel: input.versionLabel } : {}),
    ...(input.visibility ? { visibility: input.visibility } : {}),
  });
}
