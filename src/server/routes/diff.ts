// The semantic diff of one roadmap between two revisions or dates, as JSON or as text.

import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { resolveSelector } from '../../commands/revision-selector.ts';
import { diffRoadmaps, renderDiffText } from '../../domain/diff/index.ts';
import { Slug } from '../../domain/interchange/index.ts';
import { commandContext, WorkspaceQueryProperties } from '../context.ts';
import { ErrorBody } from '../errors.ts';
import { cacheControlFor, clientHasCurrent } from '../http/revision-headers.ts';

function wantsText(format: string | undefined, accept: string | undefined): boolean {
  if (format) return format === 'text';
  if (!accept) return false;
  // The first of the two a client names wins; wildcards keep JSON.
  const json = accept.indexOf('application/json');
  const text = accept.indexOf('text/plain');
  return text >= 0 && (json < 0 || text < json);
}

export const diffRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/roadmaps/:roadmapId/diff',
    {
      schema: {
        tags: ['revisions'],
        summary: 'What changed between two revisions or dates',
        description:
          'from and to are revision ids, revision numbers or dates; to defaults to the head. JSON by default, text with ?format=text or Accept: text/plain.',
        params: Type.Object({ roadmapId: Slug }),
        querystring: Type.Object({
          ...WorkspaceQueryProperties,
          from: Type.String({ minLength: 1 }),
          to: Type.Optional(Type.String({ minLength: 1 })),
          format: Type.Optional(Type.Enum(['json', 'text'])),
        }),
        response: {
          200: Type.Unsafe<unknown>({ description: 'The semantic diff (JSON) or its text rendering.' }),
          304: Type.Null(),
          400: ErrorBody,
          404: ErrorBody,
          422: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const ctx = commandContext(request);
      const { roadmapId } = request.params;
      const { from, to, format } = request.query;
      const summary = await ctx.store.getRoadmap(ctx.workspaceId, roadmapId);
      const [before, after] = await Promise.all([
        resolveSelector(ctx, roadmapId, from).then((at) =>
          ctx.store.readRoadmap(ctx.workspaceId, roadmapId, at),
        ),
        to === undefined
          ? ctx.store.readRoadmap(ctx.workspaceId, roadmapId)
          : resolveSelector(ctx, roadmapId, to).then((at) =>
              ctx.store.readRoadmap(ctx.workspaceId, roadmapId, at),
            ),
      ]);
      const text = wantsText(format, request.headers.accept);
      // Both ends are immutable revisions, so the pair (and the representation) names the answer.
      const tag = createHash('sha256')
        .update(`${before.revision.id}\n${after.revision.id}\n${text ? 'text' : 'json'}`)
        .digest('base64url');
      reply
        .header('etag', `"${tag}"`)
        .header('cache-control', cacheControlFor(summary.visibility))
        .header('vary', 'Accept');
      if (clientHasCurrent(request, `"${tag}"`)) return reply.code(304).send(null);
      const diff = diffRoadmaps(before.roadmap, after.roadmap);
      if (text) return reply.type('text/plain; charset=utf-8').send(`${renderDiffText(diff)}\n`);
      return reply
        .type('application/json; charset=utf-8')
        .send(JSON.stringify({ from: before.revision, to: after.revision, diff }));
    },
  );
};
