// The Store over a dialect adapter: each method is one transaction (or one statement) built from
// the dialect-agnostic repositories.
import { recompose } from '../domain/revisions/entities.ts';
import type { DialectAdapter } from './dialect.ts';
import { SqlEventStore } from './events/event-store.ts';
import type { ListenTarget } from './events/postgres-listener.ts';
import { migrateToLatest, pendingMigrations } from './migrations/index.ts';
import { loadEntities } from './repositories/history.ts';
import {
  listRevisionRows,
  requireRoadmap,
  resolveRevision,
  revisionById,
  revisionStatRows,
  toRevisionInfo,
} from './repositories/revisions.ts';
import {
  deleteRoadmapRows,
  getRoadmapRow,
  listDeletedRoadmapRows,
  listRoadmapRows,
} from './repositories/roadmaps.ts';
import {
  createWorkspace,
  ensureWorkspace,
  getWorkspace,
  listWorkspaces,
  requireWorkspace,
} from './repositories/workspaces.ts';
import { type WriteContext, writeRoadmap } from './repositories/write.ts';
import { searchTerms } from './search-text.ts';
import type {
  DeletedRoadmap,
  ListRevisionsOptions,
  ListRoadmapsOptions,
  ReadAt,
  RevisionInfo,
  RevisionStat,
  RoadmapAtRevision,
  RoadmapSummary,
  SearchHit,
  Store,
  Workspace,
  WriteResult,
  WriteRoadmapInput,
} from './types.ts';

export class SqlStore implements Store {
  private readonly adapter: DialectAdapter;
  private readonly context: WriteContext;
  readonly events: SqlEventStore;

  constructor(
    adapter: DialectAdapter,
    options: { checkpointEvery: number; now: () => Date; listen?: ListenTarget },
  ) {
    this.adapter = adapter;
    this.events = new SqlEventStore(adapter, options.now, options.listen);
    this.context = {
      adapter,
      checkpointEvery: options.checkpointEvery,
      now: options.now,
      onCommitted: () => this.events.committed(),
    };
  }

  get dialect() {
    return this.adapter.name;
  }

  async migrate(): Promise<void> {
    await this.adapter.exclusively(async () => {
      await this.adapter.prepare();
      await migrateToLatest(this.adapter);
    });
  }

  async close(): Promise<void> {
    await this.events.close();
    await this.adapter.destroy();
  }

  ensureWorkspace(id: string, name?: string): Promise<Workspace> {
    return this.adapter.writeTransaction((trx) => ensureWorkspace(trx, id, name, this.context.now()));
  }

  createWorkspace(id: string, name?: string): Promise<Workspace> {
    return this.adapter.writeTransaction((trx) => createWorkspace(trx, id, name, this.context.now()));
  }

  getWorkspace(id: string): Promise<Workspace> {
    return getWorkspace(this.adapter.db, id);
  }

  listWorkspaces(): Promise<Workspace[]> {
    return listWorkspaces(this.adapter.db);
  }

  pendingMigrations(): Promise<string[]> {
    return pendingMigrations(this.adapter);
  }

  createRoadmap(input: Omit<WriteRoadmapInput, 'baseRevisionId'>): Promise<WriteResult> {
    return writeRoadmap(this.context, { ...input, baseRevisionId: null });
  }

  writeRoadmap(input: WriteRoadmapInput): Promise<WriteResult> {
    return writeRoadmap(this.context, input);
  }

  readRoadmap(workspaceId: string, roadmapId: string, at?: ReadAt): Promise<RoadmapAtRevision> {
    return this.adapter.readTransaction(async (trx) => {
      const roadmap = await requireRoadmap(trx, workspaceId, roadmapId);
      const revision = await resolveRevision(trx, roadmap, at);
      const { entities, cost } = await loadEntities(trx, workspaceId, roadmapId, revision.seq);
      return { roadmap: recompose(entities), revision: toRevisionInfo(revision), cost };
    });
  }

  async headRevision(workspaceId: string, roadmapId: string): Promise<RevisionInfo | undefined> {
    const row = await this.adapter.db
      .selectFrom('revisions')
      .innerJoin('roadmaps', (join) =>
        join
          .onRef('roadmaps.workspace_id', '=', 'revisions.workspace_id')
          .onRef('roadmaps.id', '=', 'revisions.roadmap_id')
          .onRef('roadmaps.head_seq', '=', 'revisions.seq'),
      )
      .selectAll('revisions')
      .where('roadmaps.workspace_id', '=', workspaceId)
      .where('roadmaps.id', '=', roadmapId)
      .executeTakeFirst();
    return row && toRevisionInfo(row);
  }

  listRevisions(
    workspaceId: string,
    roadmapId: string,
    options: ListRevisionsOptions = {},
  ): Promise<RevisionInfo[]> {
    return this.adapter.readTransaction(async (trx) => {
      await requireRoadmap(trx, workspaceId, roadmapId);
      return listRevisionRows(trx, workspaceId, roadmapId, options);
    });
  }

  async getRevision(workspaceId: string, roadmapId: string, revisionId: string): Promise<RevisionInfo> {
    return toRevisionInfo(await revisionById(this.adapter.db, workspaceId, roadmapId, revisionId));
  }

  async getRevisionBySeq(
    workspaceId: string,
    roadmapId: string,
    seq: number,
  ): Promise<RevisionInfo | undefined> {
    const row = await this.adapter.db
      .selectFrom('revisions')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('roadmap_id', '=', roadmapId)
      .where('seq', '=', seq)
      .executeTakeFirst();
    return row && toRevisionInfo(row);
  }

  listRoadmaps(workspaceId: string, options?: ListRoadmapsOptions): Promise<RoadmapSummary[]> {
    return listRoadmapRows(this.adapter.db, workspaceId, options);
  }

  getRoadmap(workspaceId: string, roadmapId: string): Promise<RoadmapSummary> {
    return getRoadmapRow(this.adapter.db, workspaceId, roadmapId);
  }

  async deleteRoadmap(
    workspaceId: string,
    roadmapId: string,
    options: { baseRevisionId?: string; actor?: string } = {},
  ): Promise<void> {
    const tombstone = { deletedAt: this.context.now().toISOString(), actor: options.actor ?? 'unknown' };
    await this.adapter.writeTransaction((trx) =>
      deleteRoadmapRows(trx, this.adapter, workspaceId, roadmapId, tombstone, options.baseRevisionId),
    );
    this.events.committed();
  }

  async listDeletedRoadmaps(
    workspaceId: string,
    options: { since: string; after?: { deletedAt: string; id: string }; limit?: number },
  ): Promise<DeletedRoadmap[]> {
    await requireWorkspace(this.adapter.db, workspaceId);
    return listDeletedRoadmapRows(this.adapter.db, workspaceId, { ...options, limit: options.limit ?? 100 });
  }

  async search(workspaceId: string, query: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    await requireWorkspace(this.adapter.db, workspaceId);
    const terms = searchTerms(query);
    if (terms.length === 0) return [];
    const limit = Math.max(1, Math.min(options.limit ?? 20, 100));
    return this.adapter.search.query(this.adapter.db, workspaceId, terms, limit);
  }

  revisionStats(workspaceId: string, roadmapId: string): Promise<RevisionStat[]> {
    return this.adapter.readTransaction(async (trx) => {
      await requireRoadmap(trx, workspaceId, roadmapId);
      return revisionStatRows(trx, workspaceId, roadmapId);
    });
  }
}
