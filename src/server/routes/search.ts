// Full-text search over the current items of a workspace's roadmaps.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { commandContext, WorkspaceQueryProperties } from '../context.ts';
import { ErrorBody } from '../errors.ts';

const Hit = Type.Object(
  {
    roadmapId: Type.String(),
    itemId: Type.String(),
    title: Type.String(),
    snippet: Type.Optional(
      Type.String({ description: 'Plain text; matched words wrapped in ** **. Escape before rendering.' }),
    ),
    rank: Type.Number({ description: 'Higher is better; comparable only within one answer.' }),
  },
  { $id: 'SearchHit' },
);

export const searchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/search',
    {
      schema: {
        tags: ['search'],
        summary: "Search the items of a workspace's roadmaps",
        querystring: Type.Object({
          ...WorkspaceQueryProperties,
          q: Type.String({ minLength: 1, maxLength: 500 }),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
        }),
        response: { 200: Type.Object({ items: Type.Array(Hit) }), 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const ctx = commandContext(request);
      const items = await ctx.store.search(ctx.workspaceId, request.query.q, {
        limit: request.query.limit ?? 20,
      });
      return { items };
    },
  );
};
