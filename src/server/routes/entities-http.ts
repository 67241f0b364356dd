// What the section, item, check-in and KPI routes share: the two addresses of a roadmap, the
// workspace and base revision of a request, conditional reads and the shape of a write's answer.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import Type, { type TProperties } from 'typebox';
import type { CommandContext } from '../../commands/context.ts';
import { Slug } from '../../domain/interchange/index.ts';
import type { WriteResult } from '../../storage/index.ts';
import { commandContext } from '../context.ts';
import { ErrorBody, HttpError } from '../errors.ts';
import { answerConditionalRead, requireBaseRevision, sendWrittenRevision } from '../http/revision-headers.ts';

export type RouteApp = Parameters<FastifyPluginAsyncTypebox>[0];

/**
 * A roadmap's entities answer at `/roadmaps/{roadmapId}/…` in the workspace of `?workspace=` (the
 * convention of every roadmap route) and at `/workspaces/{workspaceId}/roadmaps/{roadmapId}/…`.
 */
export interface RoadmapBase {
  path: string;
  workspaceInPath: boolean;
}

export const ROADMAP_BASES: readonly RoadmapBase[] = [
  { path: '/roadmaps/:roadmapId', workspaceInPath: false },
  { path: '/workspaces/:workspaceId/roadmaps/:roadmapId', workspaceInPath: true },
];

/** Registers a plugin's routes once per address of a roadmap. */
export function atEveryBase(register: (app: RouteApp, base: RoadmapBase) => void): FastifyPluginAsyncTypebox {
  return async (app) => {
    for (const base of ROADMAP_BASES) register(app, base);
  };
}

export function paramsAt<P extends TProperties>(base: RoadmapBase, properties: P) {
  return Type.Object({
    ...(base.workspaceInPath ? { workspaceId: Slug } : {}),
    roadmapId: Slug,
    ...properties,
  });
}

export const BaseRevision = Type.Optional(
  Type.String({ minLength: 1, description: 'The revision this write is based on; or send If-Match.' }),
);
export const Message = Type.Optional(
  Type.String({
    minLength: 1,
    maxLength: 1000,
    description: 'Revision message; a default names the change.',
  }),
);
export const Position = Type.Optional(
  Type.Integer({ minimum: 0, description: 'Index in the target list, from 0; appended when absent.' }),
);

export const security = [{ adminToken: [] }];
export const readErrors = { 400: ErrorBody, 404: ErrorBody };
export const writeErrors = {
  400: ErrorBody,
  401: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  412: ErrorBody,
  422: ErrorBody,
  428: ErrorBody,
};

interface RoadmapParams {
  roadmapId: string;
  workspaceId?: string;
}

/** The command context of a request and the roadmap it addresses. */
export function entityContext(request: FastifyRequest): CommandContext & { roadmapId: string } {
  const params = request.params as RoadmapParams;
  const query = request.query as { workspace?: string } | undefined;
  if (
    params.workspaceId !== undefined &&
    query?.workspace !== undefined &&
    query.workspace !== params.workspaceId
  ) {
    throw new HttpError(
      400,
      'invalid_request',
      `the path names workspace "${params.workspaceId}" but ?workspace= names "${query.workspace}"`,
      { pointer: '/query/workspace' },
    );
  }
  const ctx = commandContext(request);
  return { ...ctx, workspaceId: params.workspaceId ?? ctx.workspaceId, roadmapId: params.roadmapId };
}

/**
 * Sets ETag (the revision answered from) and Cache-Control. Returns the revision to read, or
 * undefined when the client's copy is current and a 304 has been sent. `pinned` (a page cursor's
 * revision) replaces the head.
 */
export async function conditionalRead(
  request: FastifyRequest,
  reply: FastifyReply,
  pinned?: string,
): Promise<string | undefined> {
  const ctx = entityContext(request);
  const summary = await ctx.store.getRoadmap(ctx.workspaceId, ctx.roadmapId);
  const revisionId = pinned ?? summary.headRevisionId;
  if (answerConditionalRead(request, reply, { revisionId, visibility: summary.visibility })) {
    await reply.code(304).send(null);
    return undefined;
  }
  return revisionId;
}

/** The base revision of a write: If-Match, or `baseRevision` in the body. 428 without either. */
export function baseOf(request: FastifyRequest): string {
  const body = request.body as { baseRevision?: string } | undefined;
  return requireBaseRevision(request, body?.baseRevision);
}

/** Sends the new head's ETag and gives the `revision` and `created` members of a write's answer. */
export function written(reply: FastifyReply, revision: WriteResult) {
  sendWrittenRevision(reply, revision.id);
  const { created, ...info } = revision;
  return { revision: info, created };
}

/** Optional message: only when the client gave one, so the use case's default applies otherwise. */
export function messageOf(request: FastifyRequest): { message?: string } {
  const message = (request.body as { message?: string } | undefined)?.message;
  return message === undefined ? {} : { message };
}

/** Location of a created child: the collection URL of the request plus the new id. */
export function locationOf(request: FastifyRequest, id: string | number): string {
  return `${request.url.split('?')[0]}/${encodeURIComponent(String(id))}`;
}
