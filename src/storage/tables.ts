import type { Generated } from 'kysely';
import type { Visibility } from './types.ts';

// Row shapes of the dialect-agnostic tables, as Kysely sees them. The search tables differ per
// dialect and are only reached through the dialect's SearchIndex.

export interface WorkspacesTable {
  id: string;
  name: string;
  created_at: string;
}

/** A deleted roadmap (migration 0005): what mirrors following "changed since" need to drop it. */
export interface DeletedRoadmapsTable {
  workspace_id: string;
  roadmap_id: string;
  deleted_at: string;
  actor: string;
  head_revision_id: string;
}

export interface RoadmapsTable {
  workspace_id: string;
  id: string;
  title: string;
  /** Null only inside the transaction that creates the roadmap. */
  head_revision_id: string | null;
  head_seq: number;
  head_created_at: string | null;
  /** Seq of the newest checkpoint and the delta bytes written since: the checkpoint policy's state. */
  checkpoint_seq: number;
  bytes_since_checkpoint: number;
  /** 'public' | 'private' (migration 0003); the database default makes inserts private. */
  visibility: Generated<Visibility>;
  created_at: string;
  updated_at: string;
}

export interface RevisionsTable {
  workspace_id: string;
  roadmap_id: string;
  seq: number;
  id: string;
  parent_id: string | null;
  actor: string;
  message: string | null;
  kind: string;
  version_label: string | null;
  created_at: string;
  entities_written: number;
  bytes_written: number;
  checkpoint_bytes: number;
}

export interface EntityVersionsTable {
  workspace_id: string;
  roadmap_id: string;
  entity_key: string;
  seq: number;
  /** Canonical JSON of the entity as of seq; null when the entity was deleted at seq. */
  body: string | null;
}

export interface CheckpointsTable {
  workspace_id: string;
  roadmap_id: string;
  seq: number;
  /** JSON object: entity key → entity text, the whole roadmap as of seq. */
  body: string;
}

export interface Database {
  workspaces: WorkspacesTable;
  roadmaps: RoadmapsTable;
  revisions: RevisionsTable;
  entity_versions: EntityVersionsTable;
  checkpoints: CheckpointsTable;
  deleted_roadmaps: DeletedRoadmapsTable;
}
