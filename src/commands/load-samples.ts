import { readdirSync, readFileSync } from 'node:fs';
import type { Checkin } from '../domain/interchange/index.ts';
import type { ItemPatch } from '../domain/roadmap/edit.ts';
import type { CommandContext } from './context.ts';
import { editItem } from './edit-item.ts';
import { importDocument } from './import-document.ts';
import { recordCheckin } from './record-checkin.ts';

const SAMPLES = new URL('../../samples/', import.meta.url);

interface HistoryStep {
  roadmap: string;
  actor: string;
  message: string;
  versionLabel?: string;
  editItem?: ItemPatch & { id: string };
  checkin?: Checkin;
}

/**
 * Loads the project's sample roadmaps and replays their history, but only into a database that
 * has no workspace yet, so deleting the samples later does not bring them back.
 */
export async function loadSamplesIfEmpty(ctx: CommandContext): Promise<string[]> {
  if ((await ctx.store.listWorkspaces()).length > 0) return [];
  const files = readdirSync(SAMPLES)
    .filter((name) => name.endsWith('.json') && name !== 'history.json')
    .sort();
  const loaded: string[] = [];
  for (const file of files) {
    const document = JSON.parse(readFileSync(new URL(file, SAMPLES), 'utf8'));
    await importDocument(ctx, document, { baseRevisionId: null, message: `Import ${file}` });
    loaded.push(document.roadmap.id);
  }
  const { steps } = JSON.parse(readFileSync(new URL('history.json', SAMPLES), 'utf8')) as {
    steps: HistoryStep[];
  };
  for (const step of steps) {
    const stepCtx = { ...ctx, actor: step.actor };
    const head = await ctx.store.readRoadmap(ctx.workspaceId, step.roadmap);
    const base = { roadmapId: step.roadmap, baseRevisionId: head.revision.id, message: step.message };
    if (step.editItem) {
      const { id, ...patch } = step.editItem;
      await editItem(stepCtx, {
        ...base,
        itemId: id,
        patch,
        ...(step.versionLabel ? { versionLabel: step.versionLabel } : {}),
      });
    } else if (step.checkin) {
      await recordCheckin(stepCtx, { ...base, checkin: step.checkin });
    }
  }
  return loaded;
}
