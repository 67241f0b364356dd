// Atom feeds: a roadmap's check-ins and revisions, and a workspace's across its roadmaps. Both
// carry an ETag over the head revisions they were built from, so feed readers poll cheaply.
import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { Slug } from '../../domain/interchange/index.ts';
import { renderAtom } from '../../formats/atom/render.ts';
import { renderWorkspaceAtom } from '../../formats/atom/workspace.ts';
import { WorkspaceQueryProperties, workspaceOf } from '../context.ts';
import { ErrorBody } from '../errors.ts';
import { answerConditionalRead } from '../http/revision-headers.ts';

const tags = ['feeds'];
const ATOM = 'application/atom+xml; charset=utf-8';
// A workspace feed reads every roadmap's head; past this many (most recently changed) it stops.
const WORKSPACE_FEED_ROADMAPS = 100;

const FeedQuery = Type.Object({
  ...WorkspaceQueryProperties,
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 200, description: 'Revisions per roadmap (default 50).' }),
  ),
});

const feedResponse = {
  200: Type.String({ description: 'An Atom 1.0 feed (application/atom+xml).' }),
  304: Type.Null(),
  400: ErrorBody,
  404: ErrorBody,
};

export const feedRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { store } = app.waymark;

  app.get(
    '/roadmaps/:roadmapId/feed.atom',
    {
      schema: {
        tags,
        summary: "Atom feed of a roadmap's check-ins and revisions",
        params: Type.Object({ roadmapId: Slug }),
        querystring: FeedQuery,
        produces: ['application/atom+xml'],
        response: feedResponse,
      },
    },
    async (request, reply) => {
      const workspaceId = workspaceOf(request);
      const summary = await store.getRoadmap(workspaceId, request.params.roadmapId);
      if (
        answerConditionalRead(request, reply, {
          revisionId: summary.headRevisionId,
          visibility: summary.visibility,
        })
      ) {
        return reply.code(304).send(null);
      }
      const { roadmap } = await store.readRoadmap(workspaceId, summary.id, {
        revisionId: summary.headRevisionId,
      });
      const revisions = await store.listRevisions(workspaceId, summary.id, {
        limit: request.query.limit ?? 50,
      });
      return reply.type(ATOM).send(renderAtom(roadmap, { revisions }));
    },
  );

  app.get(
    '/feed.atom',
    {
      schema: {
        tags,
        summary: "Atom feed of the workspace: every roadmap's check-ins and revisions",
        querystring: FeedQuery,
        produces: ['application/atom+xml'],
        response: feedResponse,
      },
    },
    async (request, reply) => {
      const workspace = await store.getWorkspace(workspaceOf(request));
      const summaries = (
        await store.listRoadmaps(workspace.id, { updatedSince: '1970-01-01T00:00:00.000Z', limit: 1000 })
      )
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
        .slice(0, WORKSPACE_FEED_ROADMAPS);
      const tag = createHash('sha256')
        .update(summaries.map((summary) => `${summary.id}:${summary.headRevisionId}`).join('\n'))
        .digest('base64url');
      const visibility = summaries.every((summary) => summary.visibility === 'public') ? 'public' : 'private';
      if (answerConditionalRead(request, reply, { revisionId: `ws-${tag}`, visibility })) {
        return reply.code(304).send(null);
      }
      const limit = request.query.limit ?? 50;
      const roadmaps = await Promise.all(
        summaries.map(async (summary) => ({
          roadmap: (await store.readRoadmap(workspace.id, summary.id, { revisionId: summary.headRevisionId }))
            .roadmap,
          revisions: await store.listRevisions(workspace.id, summary.id, { limit }),
        })),
      );
      return reply
        .type(ATOM)
        .send(
          renderWorkspaceAtom(roadmaps, { workspaceId: workspace.id, title: `${workspace.name} roadmaps` }),
        );
    },
  );
};
