import type { Kysely, Selectable } from 'kysely';
import { AlreadyExistsError, NotFoundError, ValidationError } from '../../domain/errors.ts';
import type { Database, WorkspacesTable } from '../tables.ts';
import { assertStorable } from '../text.ts';
import type { Workspace } from '../types.ts';

const toWorkspace = (row: Selectable<WorkspacesTable>): Workspace => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
});

export async function ensureWorkspace(
  db: Kysely<Database>,
  id: string,
  name: string | undefined,
  now: Date,
): Promise<Workspace> {
  if (id.length === 0 || id.length > 200) {
    const message = 'a workspace id must have 1 to 200 characters';
    throw new ValidationError(message, [{ pointer: '/id', message }]);
  }
  assertStorable({ id, name });
  await db
    .insertInto('workspaces')
    .values({ id, name: name ?? id, created_at: now.toISOString() })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute();
  if (name !== undefined) {
    await db.updateTable('workspaces').set({ name }).where('id', '=', id).where('name', '<>', name).execute();
  }
  return toWorkspace(
    await db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
  );
}

export async function listWorkspaces(db: Kysely<Database>): Promise<Workspace[]> {
  return (await db.selectFrom('workspaces').selectAll().orderBy('id').execute()).map(toWorkspace);
}

export async function requireWorkspace(db: Kysely<Database>, id: string): Promise<void> {
  const row = await db.selectFrom('workspaces').select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError(`workspace "${id}" not found`);
}

/** Creates a new workspace; an existing id is refused, never renamed, even by a concurrent creator. */
export async function createWorkspace(
  db: Kysely<Database>,
  id: string,
  name: string | undefined,
  now: Date,
): Promise<Workspace> {
  if (id.length === 0 || id.length > 200) {
    const message = 'a workspace id must have 1 to 200 characters';
    throw new ValidationError(message, [{ pointer: '/id', message }]);
  }
  assertStorable({ id, name });
  const result = await db
    .insertInto('workspaces')
    .values({ id, name: name ?? id, created_at: now.toISOString() })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) {
    throw new AlreadyExistsError(`workspace "${id}" already exists`);
  }
  return getWorkspace(db, id);
}

export async function getWorkspace(db: Kysely<Database>, id: string): Promise<Workspace> {
  const row = await db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError(`workspace "${id}" not found`);
  return toWorkspace(row);
}
