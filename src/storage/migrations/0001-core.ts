// Revision storage, in portable SQL. Every key starts with workspace_id so the data can later be
// distributed by workspace (Citus) without changing a key.
import { type Kysely, type Migration, sql } from 'kysely';

export const coreMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('workspaces')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('roadmaps')
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('head_revision_id', 'text')
      .addColumn('head_seq', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('head_created_at', 'text')
      .addColumn('checkpoint_seq', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('bytes_since_checkpoint', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('roadmaps_pk', ['workspace_id', 'id'])
      .execute();

    await db.schema
      .createTable('revisions')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('roadmap_id', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'text')
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('message', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('version_label', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('entities_written', 'integer', (c) => c.notNull())
      .addColumn('bytes_written', 'integer', (c) => c.notNull())
      .addColumn('checkpoint_bytes', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('revisions_pk', ['workspace_id', 'roadmap_id', 'seq'])
      .addUniqueConstraint('revisions_id_unique', ['workspace_id', 'id'])
      .addForeignKeyConstraint('revisions_roadmap_fk', ['workspace_id', 'roadmap_id'], 'roadmaps', [
        'workspace_id',
        'id',
      ])
      .execute();
    // asOf reads: the latest revision created at or before a time.
    await db.schema
      .createIndex('revisions_by_time')
      .on('revisions')
      .columns(['workspace_id', 'roadmap_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('entity_versions')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('roadmap_id', 'text', (c) => c.notNull())
      .addColumn('entity_key', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('body', 'text')
      .addPrimaryKeyConstraint('entity_versions_pk', ['workspace_id', 'roadmap_id', 'entity_key', 'seq'])
      .addForeignKeyConstraint(
        'entity_versions_revision_fk',
        ['workspace_id', 'roadmap_id', 'seq'],
        'revisions',
        ['workspace_id', 'roadmap_id', 'seq'],
      )
      // Ids are slugs of at most 200 characters; a longer key means the document skipped validation.
      .addCheckConstraint('entity_versions_key_length', sql`length(entity_key) <= 256`)
      .execute();
    // Replaying the revisions after a checkpoint reads entity rows by seq range.
    await db.schema
      .createIndex('entity_versions_by_seq')
      .on('entity_versions')
      .columns(['workspace_id', 'roadmap_id', 'seq'])
      .execute();

    await db.schema
      .createTable('checkpoints')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('roadmap_id', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('checkpoints_pk', ['workspace_id', 'roadmap_id', 'seq'])
      .addForeignKeyConstraint(
        'checkpoints_revision_fk',
        ['workspace_id', 'roadmap_id', 'seq'],
        'revisions',
        ['workspace_id', 'roadmap_id', 'seq'],
      )
      .execute();
  },
};
