// The storage contract the commands layer programs against; nothing here names a dialect's SQL.
import type { Roadmap } from '../domain/interchange/schema.ts';
import type { EventStore } from './events/types.ts';

export type * from './events/types.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface StoreOptions {
  /** postgres://… — when set, the store uses PostgreSQL. */
  url?: string;
  /** SQLite database file, used when no url is given. The caller picks the default location. */
  sqlitePath?: string;
  /** PostgreSQL schema to create and use (set as search_path), e.g. to isolate tests. */
  postgresSchema?: string;
  /** Largest number of revisions replayed on top of a checkpoint when reading (default 32). */
  checkpointEvery?: number;
  /** Clock for revision timestamps; tests pass a fake one. */
  now?: () => Date;
  /** PostgreSQL connection pool size (default 10). */
  poolSize?: number;
}

export interface Workspace {
  id: string;
  name: string;
  createdAt: string;
}

/** Who may read a roadmap: public ones may be cached by shared caches (a CDN). */
export type Visibility = 'public' | 'private';

export interface DeletedRoadmap {
  workspaceId: string;
  id: string;
  /** ISO-8601 UTC, from the store's clock like revision timestamps. */
  deletedAt: string;
  actor: string;
  /** The head revision when it was deleted (ids are never reused). */
  lastRevisionId: string;
}

export interface RoadmapSummary {
  workspaceId: string;
  id: string;
  title: string;
  headRevisionId: string;
  headSeq: number;
  visibility: Visibility;
  createdAt: string;
  /** When the head last changed (or the visibility): what updatedSince compares with. */
  updatedAt: string;
}

export interface ListRoadmapsOptions {
  /** Only roadmaps changed at or after this ISO-8601 time, oldest change first. */
  updatedSince?: string;
  visibility?: Visibility;
  /** Default 100, at most 1000. */
  limit?: number;
  /**
   * Keyset cursor: the last roadmap of the previous page. Without updatedSince the order is by
   * id, so only `id` counts; with it the order is (updatedAt, id).
   */
  after?: { id: string; updatedAt?: string };
}

export interface RevisionInfo {
  /** Globally unique; what clients send back as the base of their next write (If-Match). */
  id: string;
  workspaceId: string;
  roadmapId: string;
  /** 1, 2, 3… per roadmap, without gaps. */
  seq: number;
  parentId: string | null;
  actor: string;
  message: string | null;
  /** 'import', 'edit', 'checkin', 'restore', … free text chosen by the command. */
  kind: string;
  versionLabel: string | null;
  /** ISO-8601 UTC with milliseconds, strictly increasing within a roadmap. */
  createdAt: string;
  /** Entity rows the revision wrote (changed, added and deleted entities). */
  entitiesWritten: number;
  /** UTF-8 bytes of the entity texts the revision wrote. */
  bytesWritten: number;
}

export interface WriteRoadmapInput {
  workspaceId: string;
  /** Stored under roadmap.id. */
  roadmap: Roadmap;
  /** null creates the roadmap; otherwise the revision the change was based on (compare-and-set). */
  baseRevisionId: string | null;
  actor: string;
  message?: string;
  kind: string;
  versionLabel?: string;
  /** Sets the roadmap's visibility in the same transaction; creation defaults to private. */
  visibility?: Visibility;
}

export interface WriteResult extends RevisionInfo {
  /**
   * false when the roadmap was already exactly this and no version label was given: no revision
   * was created and the fields describe the unchanged head.
   */
  created: boolean;
}

/** Which revision to read: the head when omitted. */
export type ReadAt = { revisionId: string } | { asOf: string };

export interface ReadCost {
  /** Seq of the checkpoint the read started from. */
  checkpointSeq: number;
  /** Revisions replayed on top of the checkpoint: at most checkpointEvery − 1. */
  deltasApplied: number;
  /** Entity rows fetched on top of the checkpoint. */
  entityRowsRead: number;
}

export interface RoadmapAtRevision {
  roadmap: Roadmap;
  revision: RevisionInfo;
  cost: ReadCost;
}

export interface ListRevisionsOptions {
  /** Default 50. */
  limit?: number;
  /** Only revisions with a smaller seq: pass the last seq of the previous page. */
  beforeSeq?: number;
}

export interface SearchHit {
  roadmapId: string;
  itemId: string;
  title: string;
  /** Plain-text excerpt with the matched words wrapped in ** **. Escape it before rendering. */
  snippet?: string;
  /** Higher is better; comparable only within one result list. */
  rank: number;
}

export interface RevisionStat {
  seq: number;
  revisionId: string;
  kind: string;
  entitiesWritten: number;
  bytesWritten: number;
  /** Bytes of the full snapshot written with this revision, 0 when none was. */
  checkpointBytes: number;
}

export interface Store {
  readonly dialect: DialectName;
  /** The event outbox, webhook subscriptions and delivery jobs. */
  readonly events: EventStore;
  /** Brings the schema to the latest version; safe to call on every start. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /** Creates the workspace if missing; renames it when a different name is given. */
  ensureWorkspace(id: string, name?: string): Promise<Workspace>;
  /** @throws AlreadyExistsError */
  createWorkspace(id: string, name?: string): Promise<Workspace>;
  /** @throws NotFoundError */
  getWorkspace(id: string): Promise<Workspace>;
  listWorkspaces(): Promise<Workspace[]>;
  /** Names of migrations not yet applied (empty when the schema is current). */
  pendingMigrations(): Promise<string[]>;

  /** writeRoadmap with baseRevisionId null. */
  createRoadmap(input: Omit<WriteRoadmapInput, 'baseRevisionId'>): Promise<WriteResult>;
  /**
   * Stores the roadmap as a new revision in one transaction.
   * @throws NotFoundError unknown workspace, or unknown roadmap with a non-null base
   * @throws AlreadyExistsError base null but the roadmap exists
   * @throws StaleRevisionError the base is not the current head
   * @throws ValidationError duplicate ids
   */
  writeRoadmap(input: WriteRoadmapInput): Promise<WriteResult>;
  /** @throws NotFoundError unknown roadmap or revision, or asOf before the first revision */
  readRoadmap(workspaceId: string, roadmapId: string, at?: ReadAt): Promise<RoadmapAtRevision>;
  /** The current revision, or undefined when the workspace or roadmap does not exist. */
  headRevision(workspaceId: string, roadmapId: string): Promise<RevisionInfo | undefined>;
  /** Newest first. */
  listRevisions(
    workspaceId: string,
    roadmapId: string,
    options?: ListRevisionsOptions,
  ): Promise<RevisionInfo[]>;
  /** @throws NotFoundError */
  getRevision(workspaceId: string, roadmapId: string, revisionId: string): Promise<RevisionInfo>;
  /** The revision with that number, or undefined. */
  getRevisionBySeq(workspaceId: string, roadmapId: string, seq: number): Promise<RevisionInfo | undefined>;
  /** @throws NotFoundError unknown workspace */
  listRoadmaps(workspaceId: string, options?: ListRoadmapsOptions): Promise<RoadmapSummary[]>;
  /** @throws NotFoundError */
  getRoadmap(workspaceId: string, roadmapId: string): Promise<RoadmapSummary>;
  /**
   * Removes the roadmap and all its history, leaving a tombstone for mirrors.
   * @throws NotFoundError
   * @throws StaleRevisionError a base revision was given and is not the head
   */
  deleteRoadmap(
    workspaceId: string,
    roadmapId: string,
    options?: { baseRevisionId?: string; actor?: string },
  ): Promise<void>;
  /** Roadmaps deleted at or after `since`, oldest first; page with `after`. */
  listDeletedRoadmaps(
    workspaceId: string,
    options: { since: string; after?: { deletedAt: string; id: string }; limit?: number },
  ): Promise<DeletedRoadmap[]>;
  /** Full-text search over the current items of the workspace's roadmaps, best first. */
  search(workspaceId: string, query: string, options?: { limit?: number }): Promise<SearchHit[]>;
  /** Oldest first. */
  revisionStats(workspaceId: string, roadmapId: string): Promise<RevisionStat[]>;
}
