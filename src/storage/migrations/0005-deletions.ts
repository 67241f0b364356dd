// Deleted roadmaps leave a tombstone: mirrors following "changed since" must learn of deletions
// too, and a deletion leaves no other row behind to say so.
import type { Kysely, Migration } from 'kysely';

export const deletionsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('deleted_roadmaps')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('roadmap_id', 'text', (c) => c.notNull())
      .addColumn('deleted_at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('head_revision_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('deleted_roadmaps_pk', ['workspace_id', 'roadmap_id', 'deleted_at'])
      .execute();
    await db.schema
      .createIndex('deleted_roadmaps_by_time')
      .on('deleted_roadmaps')
      .columns(['workspace_id', 'deleted_at', 'roadmap_id'])
      .execute();
  },
};
