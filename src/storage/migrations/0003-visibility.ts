// Roadmap visibility (public roadmaps may be cached by shared caches) and the index the mirrors'
// "changed since" listing walks.
import { type Kysely, type Migration, sql } from 'kysely';

export const visibilityMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('roadmaps')
      .addColumn('visibility', 'text', (c) =>
        c.notNull().defaultTo('private').check(sql`visibility in ('public', 'private')`),
      )
      .execute();
    await db.schema
      .createIndex('roadmaps_by_update')
      .on('roadmaps')
      .columns(['workspace_id', 'updated_at', 'id'])
      .execute();
  },
};
