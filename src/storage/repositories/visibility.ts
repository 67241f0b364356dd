// Visibility is a property of the roadmap, not of a revision: changing it writes no revision but
// moves updated_at, so mirrors listing "changed since" pick the change up.
import type { Kysely } from 'kysely';
import type { Database } from '../tables.ts';
import { nextTimestamp } from '../time.ts';
import type { Visibility } from '../types.ts';

/** Sets the visibility inside the caller's write transaction; no-op when it is already that. */
export async function applyVisibility(
  trx: Kysely<Database>,
  now: Date,
  workspaceId: string,
  roadmapId: string,
  visibility: Visibility,
): Promise<void> {
  const row = await trx
    .selectFrom('roadmaps')
    .select(['visibility', 'updated_at'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', roadmapId)
    .executeTakeFirst();
  if (!row || row.visibility === visibility) return;
  await trx
    .updateTable('roadmaps')
    .set({ visibility, updated_at: nextTimestamp(now, row.updated_at) })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', roadmapId)
    .execute();
}
