// Roadmaps: list (with the mirrors' updatedSince feed), create from a document, read, replace,
// update metadata and visibility, delete.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { putRoadmap } from '../../commands/put-roadmap.ts';
import { METADATA_KEYS, updateRoadmapMetadata } from '../../commands/update-roadmap-metadata.ts';
import { Roadmap, Slug } from '../../domain/interchange/index.ts';
import { requireWriter } from '../auth.ts';
import { commandContext, roadmapUrl, WorkspaceQueryProperties } from '../context.ts';
import { ErrorBody, HttpError, underPointer } from '../errors.ts';
import { decodeCursor, encodeCursor } from '../http/cursor.ts';
import { answerConditionalRead, requireBaseRevision, sendWrittenRevision } from '../http/revision-headers.ts';
import { AtQueryProperties, readRoadmapAt } from '../http/roadmap-read.ts';
import {
  DeletedRoadmap,
  DocumentBody,
  Page,
  Revision,
  RoadmapSummary,
  VisibilityValue,
  WriteResult,
} from '../schemas/resources.ts';

const tags = ['roadmaps'];
const security = [{ adminToken: [] }];
const Params = Type.Object({ roadmapId: Slug });
const WorkspaceQuery = Type.Object(WorkspaceQueryProperties);
const BaseRevision = Type.Optional(
  Type.String({ minLength: 1, description: 'The revision this write is based on; or send If-Match.' }),
);
const errors = {
  400: ErrorBody,
  401: ErrorBody,
  404: ErrorBody,
  412: ErrorBody,
  422: ErrorBody,
  428: ErrorBody,
};

const RoadmapRead = Type.Object(
  {
    roadmap: RoadmapSummary,
    revision: Revision,
    document: Type.Unsafe<unknown>({
      type: 'object',
      additionalProperties: true,
      description: 'The waymark/v1 document at that revision.',
    }),
  },
  { $id: 'RoadmapRead' },
);

const metadataProperties = Object.fromEntries(
  METADATA_KEYS.map((key) => [key, Type.Optional(Roadmap.properties[key])]),
);
const MetadataPatch = Type.Object(
  {
    baseRevision: BaseRevision,
    set: Type.Optional(Type.Object(metadataProperties, { additionalProperties: false })),
    unset: Type.Optional(Type.Array(Type.Enum([...METADATA_KEYS]), { uniqueItems: true })),
    visibility: Type.Optional(VisibilityValue),
    message: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
    versionLabel: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);

const NewRoadmap = Type.Object(
  {
    document: DocumentBody,
    visibility: Type.Optional(VisibilityValue),
    message: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
    versionLabel: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);
const ReplaceRoadmap = Type.Object(
  {
    document: DocumentBody,
    baseRevision: BaseRevision,
    message: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
    versionLabel: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);

function sameId(document: unknown, roadmapId: string): void {
  const id = (document as { roadmap?: { id?: unknown } })?.roadmap?.id;
  if (id !== undefined && id !== roadmapId) {
    throw new HttpError(
      422,
      'invalid_document',
      `the document's roadmap id "${String(id)}" is not "${roadmapId}", the roadmap in the URL`,
      { pointer: '/document/roadmap/id' },
    );
  }
}

export const roadmapRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { store } = app.waymark;

  app.get(
    '/roadmaps',
    {
      schema: {
        tags,
        summary: 'List roadmaps',
        description:
          'By id; with updatedSince, only roadmaps changed at or after that time, oldest change first — mirrors keep the last updatedAt they saw and page with the cursor.',
        querystring: Type.Object({
          ...WorkspaceQueryProperties,
          updatedSince: Type.Optional(
            Type.String({ format: 'date-time', description: 'ISO-8601 date-time.' }),
          ),
          visibility: Type.Optional(VisibilityValue),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
          cursor: Type.Optional(Type.String({ minLength: 1 })),
        }),
        response: { 200: Page(RoadmapSummary, 'A page of roadmaps.'), 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      const { updatedSince, visibility, cursor } = request.query;
      const limit = request.query.limit ?? 100;
      const since = updatedSince === undefined ? undefined : new Date(updatedSince).toISOString();
      const after =
        cursor === undefined
          ? undefined
          : since === undefined
            ? decodeCursor(cursor, { id: 'string' })
            : decodeCursor(cursor, { id: 'string', updatedAt: 'string' });
      const rows = await store.listRoadmaps(ctx.workspaceId, {
        limit: limit + 1,
        ...(since !== undefined ? { updatedSince: since } : {}),
        ...(visibility ? { visibility } : {}),
        ...(after ? { after } : {}),
      });
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      const nextCursor =
        rows.length > limit && last
          ? encodeCursor(since === undefined ? { id: last.id } : { id: last.id, updatedAt: last.updatedAt })
          : null;
      return { items, nextCursor };
    },
  );

  // Deletions for mirrors: a deleted roadmap is absent from /roadmaps, so it is listed here.
  app.get(
    '/deleted-roadmaps',
    {
      schema: {
        tags,
        summary: 'List deleted roadmaps',
        description:
          'Roadmaps deleted at or after `since`, oldest first: mirrors that follow /roadmaps?updatedSince= drop these. A roadmap created again later with the same id is listed by /roadmaps again.',
        querystring: Type.Object({
          ...WorkspaceQueryProperties,
          since: Type.String({ format: 'date-time', description: 'ISO-8601 date-time.' }),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
          cursor: Type.Optional(Type.String({ minLength: 1 })),
        }),
        response: {
          200: Page(DeletedRoadmap, 'A page of deleted roadmaps.'),
          400: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      const limit = request.query.limit ?? 100;
      const since = new Date(request.query.since).toISOString();
      const after =
        request.query.cursor === undefined
          ? undefined
          : decodeCursor(request.query.cursor, { id: 'string', deletedAt: 'string' });
      const rows = await store.listDeletedRoadmaps(ctx.workspaceId, {
        since,
        limit: limit + 1,
        ...(after ? { after } : {}),
      });
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      const nextCursor =
        rows.length > limit && last ? encodeCursor({ id: last.id, deletedAt: last.deletedAt }) : null;
      return { items, nextCursor };
    },
  );

  app.post(
    '/roadmaps',
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Create a roadmap from a waymark/v1 document',
        security,
        querystring: WorkspaceQuery,
        body: NewRoadmap,
        response: { 201: WriteResult, 409: ErrorBody, ...errors },
      },
    },
    async (request, reply) => {
      const { document, visibility, message, versionLabel } = request.body;
      const revision = await underPointer('/document', () =>
        putRoadmap(commandContext(request), document, {
          baseRevisionId: null,
          ...(visibility ? { visibility } : {}),
          ...(message ? { message } : {}),
          ...(versionLabel ? { versionLabel } : {}),
        }),
      );
      sendWrittenRevision(reply, revision.id);
      const { created, ...info } = revision;
      return reply
        .code(201)
        .header('location', roadmapUrl(request, revision.roadmapId))
        .send({ revision: info, created });
    },
  );

  app.get(
    '/roadmaps/:roadmapId',
    {
      schema: {
        tags,
        summary: 'Read a roadmap, at its head or as of a revision or date',
        params: Params,
        querystring: Type.Object({ ...WorkspaceQueryProperties, ...AtQueryProperties }),
        response: { 200: RoadmapRead, 304: Type.Null(), 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const read = await readRoadmapAt(request, request.params.roadmapId, request.query);
      if (
        answerConditionalRead(request, reply, {
          revisionId: read.revision.id,
          visibility: read.summary.visibility,
        })
      ) {
        return reply.code(304).send(null);
      }
      return {
        roadmap: read.summary,
        revision: read.revision,
        document: { format: 'waymark/v1', roadmap: read.roadmap },
      };
    },
  );

  app.put(
    '/roadmaps/:roadmapId',
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Replace the whole roadmap with a document, as a new revision',
        security,
        params: Params,
        querystring: WorkspaceQuery,
        body: ReplaceRoadmap,
        response: { 200: WriteResult, ...errors },
      },
    },
    async (request, reply) => {
      const { document, message, versionLabel } = request.body;
      const base = requireBaseRevision(request, request.body.baseRevision);
      sameId(document, request.params.roadmapId);
      const revision = await underPointer('/document', () =>
        putRoadmap(commandContext(request), document, {
          baseRevisionId: base,
          kind: 'replace',
          ...(message ? { message } : {}),
          ...(versionLabel ? { versionLabel } : {}),
        }),
      );
      sendWrittenRevision(reply, revision.id);
      const { created, ...info } = revision;
      return { revision: info, created };
    },
  );

  app.patch(
    '/roadmaps/:roadmapId',
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: "Change the roadmap's own fields and its visibility",
        security,
        params: Params,
        querystring: WorkspaceQuery,
        body: MetadataPatch,
        response: { 200: WriteResult, ...errors },
      },
    },
    async (request, reply) => {
      const { set, unset, visibility, message, versionLabel } = request.body;
      const base = requireBaseRevision(request, request.body.baseRevision);
      const revision = await updateRoadmapMetadata(commandContext(request), {
        roadmapId: request.params.roadmapId,
        baseRevisionId: base,
        ...(set ? { set } : {}),
        ...(unset ? { unset } : {}),
        ...(visibility ? { visibility } : {}),
        ...(message ? { message } : {}),
        ...(versionLabel ? { versionLabel } : {}),
      });
      sendWrittenRevision(reply, revision.id);
      const { created, ...info } = revision;
      return { revision: info, created };
    },
  );

  app.delete(
    '/roadmaps/:roadmapId',
    {
      onRequest: requireWriter,
      schema: {
        tags,
        summary: 'Delete a roadmap and all its history',
        security,
        params: Params,
        querystring: WorkspaceQuery,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const base = requireBaseRevision(request);
      const ctx = commandContext(request);
      await store.deleteRoadmap(ctx.workspaceId, request.params.roadmapId, {
        baseRevisionId: base,
        actor: request.actor,
      });
      return reply.code(204).send(null);
    },
  );
};
