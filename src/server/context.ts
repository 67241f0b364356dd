// What every route reaches through `app.waymark` (the store and configuration of this server),
// and the per-request names shared by all route plugins.
import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import type { CommandContext } from '../commands/context.ts';
import type { Config } from '../config/config.ts';
import { Slug } from '../domain/interchange/index.ts';
import type { Store } from '../storage/index.ts';
import type { ServerLimits } from './limits.ts';

export interface ServerContext {
  readonly store: Store;
  readonly config: Config;
  readonly limits: ServerLimits;
}

declare module 'fastify' {
  interface FastifyInstance {
    waymark: ServerContext;
  }
  interface FastifyRequest {
    /** Set by requireWriter: whom the revision is attributed to. Empty on reads. */
    actor: string;
  }
}

/**
 * Resources live in a workspace chosen by `?workspace=`, the configured default when absent, so
 * `/api/v1/roadmaps/{id}` works as the interchange spec names it. Spread into a querystring schema.
 */
export const WorkspaceQueryProperties = {
  workspace: Type.Optional({ ...Slug, description: 'Workspace id; the server default when absent.' }),
};

export function workspaceOf(request: FastifyRequest): string {
  const query = request.query as { workspace?: string } | undefined;
  return query?.workspace ?? request.server.waymark.config.defaultWorkspace;
}

/** The command-layer context of a request: its store, workspace and (for writes) actor. */
export function commandContext(request: FastifyRequest): CommandContext {
  return {
    store: request.server.waymark.store,
    workspaceId: workspaceOf(request),
    actor: request.actor || 'anonymous',
  };
}

/** The URL of a roadmap of the request's workspace, for Location headers. */
export function roadmapUrl(request: FastifyRequest, roadmapId: string): string {
  const query = request.query as { workspace?: string } | undefined;
  const workspace = query?.workspace ? `?workspace=${encodeURIComponent(query.workspace)}` : '';
  return `/api/v1/roadmaps/${encodeURIComponent(roadmapId)}${workspace}`;
}
