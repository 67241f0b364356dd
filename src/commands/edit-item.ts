import { validateDocument } from '../domain/interchange/index.ts';
import { applyItemPatch, type ItemPatch, updateItem } from '../domain/roadmap/edit.ts';
import type { RevisionInfo } from '../storage/index.ts';
import type { CommandContext } from './context.ts';

export interface EditItemInput {
  roadmapId: string;
  itemId: string;
  patch: ItemPatch;
  baseRevisionId: string;
  message?: string;
  versionLabel?: string;
}

/** Changes fields of one item as a new revision based on `baseRevisionId`. */
export async function editItem(ctx: CommandContext, input: EditItemInput): Promise<RevisionInfo> {
  const { roadmap } = await ctx.store.readRoadmap(ctx.workspaceId, input.roadmapId, {
    revisionId: input.baseRevisionId,
  });
  const next = updateItem(roadmap, input.itemId, (item) => applyItemPatch(item, input.patch));
  validateDocument({ format: 'waymark/v1', roadmap: next });
  return ctx.store.writeRoadmap({
    workspaceId: ctx.workspaceId,
    roadmap: next,
    baseRevisionId: input.baseRevisionId,
    actor: ctx.actor,
    kind: 'edit',
    message: input.message ?? `Edit ${input.itemId}`,
    ...(input.versionLabel ? { versionLabel: input.versionLabel } : {}),
  });
}
