// Revisions of a roadmap: the history listing, one revision with the roadmap as it was, restore.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { restoreRevision } from '../../commands/restore-revision.ts';
import { resolveSelector } from '../../commands/revision-selector.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { Slug } from '../../domain/interchange/index.ts';
import { requireWriter } from '../auth.ts';
import { commandContext, WorkspaceQueryProperties } from '../context.ts';
import { ErrorBody } from '../errors.ts';
import { decodeCursor, encodeCursor } from '../http/cursor.ts';
import { answerConditionalRead, requireBaseRevision, sendWrittenRevision } from '../http/revision-headers.ts';
import { readRoadmapAt } from '../http/roadmap-read.ts';
import { Page, Revision, RoadmapSummary, WriteResult } from '../schemas/resources.ts';

const tags = ['revisions'];
const Params = Type.Object({ roadmapId: Slug });
const RevisionParams = Type.Object({
  roadmapId: Slug,
  revision: Type.String({ minLength: 1, description: 'Revision id or number.' }),
});
const WorkspaceQuery = Type.Object(WorkspaceQueryProperties);

export const revisionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { store } = app.waymark;

  app.get(
    '/roadmaps/:roadmapId/revisions',
    {
      schema: {
        tags,
        summary: 'List revisions, newest first',
        params: Params,
        querystring: Type.Object({
          ...WorkspaceQueryProperties,
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
          cursor: Type.Optional(Type.String({ minLength: 1 })),
        }),
        response: {
          200: Page(Revision, 'A page of revisions, newest first.'),
          400: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      const limit = request.query.limit ?? 50;
      const before = request.query.cursor
        ? decodeCursor(request.query.cursor, { seq: 'number' }).seq
        : undefined;
      const rows = await store.listRevisions(ctx.workspaceId, request.params.roadmapId, {
        limit: limit + 1,
        ...(before !== undefined ? { beforeSeq: before } : {}),
      });
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > limit && last ? encodeCursor({ seq: last.seq }) : null };
    },
  );

  app.get(
    '/roadmaps/:roadmapId/revisions/:revision',
    {
      schema: {
        tags,
        summary: 'Read one revision and the roadmap as it was then',
        params: RevisionParams,
        querystring: WorkspaceQuery,
        response: {
          200: Type.Object({
            roadmap: RoadmapSummary,
            revision: Revision,
            document: Type.Unsafe<unknown>({
              type: 'object',
              additionalProperties: true,
              description: 'The waymark/v1 document at that revision.',
            }),
          }),
          304: Type.Null(),
          400: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const { roadmapId, revision } = request.params;
      if (!/^\d+$/.test(revision) && /^\d{4}-/.test(revision)) {
        throw new NotFoundError(
          `"${revision}" is not a revision id or number; read /roadmaps/${roadmapId}?asOf=${revision}`,
        );
      }
      const read = await readRoadmapAt(request, roadmapId, { revision });
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

  app.post(
    '/roadmaps/:roadmapId/revisions/:revision/restore',
    {
      onRequest: requireWriter,
      // The body is optional (If-Match can carry the base); an absent one validates as {}.
      preValidation: async (request) => {
        request.body ??= {};
      },
      schema: {
        tags,
        summary: 'Write the roadmap as it was at a revision as a new revision',
        security: [{ adminToken: [] }],
        params: RevisionParams,
        querystring: WorkspaceQuery,
        body: Type.Object(
          {
            baseRevision: Type.Optional(Type.String({ minLength: 1 })),
            message: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: WriteResult,
          400: ErrorBody,
          401: ErrorBody,
          404: ErrorBody,
          412: ErrorBody,
          428: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const ctx = commandContext(request);
      const { roadmapId } = request.params;
      const base = requireBaseRevision(request, request.body.baseRevision);
      const target = await resolveSelector(ctx, roadmapId, request.params.revision);
      if (!('revisionId' in target))
        throw new NotFoundError('restore takes a revision id or number, not a date');
      const revision = await restoreRevision(ctx, {
        roadmapId,
        revisionId: target.revisionId,
        baseRevisionId: base,
        ...(request.body.message ? { message: request.body.message } : {}),
      });
      sendWrittenRevision(reply, revision.id);
      // restoreRevision reports no `created`; a restore of the head's own state changes nothing.
      return { revision, created: revision.id !== base };
    },
  );
};
