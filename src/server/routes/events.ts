// Live events as server-sent events: one stream per roadmap and one per workspace. Event ids are
// outbox seqs; a reconnecting client sends Last-Event-ID and gets what it missed, from any server
// instance, since the outbox is in the database.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import { Slug } from '../../domain/interchange/index.ts';
import { WorkspaceQueryProperties, workspaceOf } from '../context.ts';
import { ErrorBody, HttpError } from '../errors.ts';
import { EventHub } from '../events/event-hub.ts';
import { streamEvents } from '../events/event-stream.ts';

const tags = ['events'];

const StreamQuery = Type.Object({
  ...WorkspaceQueryProperties,
  after: Type.Optional(
    Type.String({
      pattern: '^[0-9]{1,15}$',
      description:
        'Send events after this seq (as Last-Event-ID does); when neither is given, only new events.',
    }),
  ),
  heartbeat: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 60,
      description: 'Seconds between heartbeat comments (default 15).',
    }),
  ),
});

const streamResponse = {
  200: Type.String({
    description:
      'text/event-stream: `id` is the event seq, `event` its type (roadmap.updated, item.status_changed, …), `data` the event as JSON.',
  }),
  400: ErrorBody,
  404: ErrorBody,
};

/** The seq to resume after: Last-Event-ID, else ?after=, else undefined (start from now). */
function resumeSeq(request: FastifyRequest, after: string | undefined): number | undefined {
  const header = request.headers['last-event-id'];
  const value = typeof header === 'string' && header.trim() !== '' ? header.trim() : after;
  if (value === undefined) return undefined;
  if (!/^[0-9]{1,15}$/.test(value)) {
    throw new HttpError(
      400,
      'invalid_request',
      `Last-Event-ID must be an event seq (a whole number), not "${value}"`,
      {
        pointer: '/headers/last-event-id',
      },
    );
  }
  return Number(value);
}

export const eventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { store } = app.waymark;
  const hub = new EventHub(store);
  // Streams never go idle, so they are ended before the server waits for its connections.
  app.addHook('preClose', async () => hub.close());

  const open = async (
    request: FastifyRequest,
    reply: Parameters<typeof streamEvents>[1],
    query: { after?: string; heartbeat?: number },
    roadmapId?: string,
  ) => {
    const workspaceId = workspaceOf(request);
    await store.getWorkspace(workspaceId);
    if (roadmapId !== undefined) await store.getRoadmap(workspaceId, roadmapId);
    const afterSeq =
      resumeSeq(request, query.after) ?? (await store.events.latestSeq(workspaceId, roadmapId));
    await streamEvents(request, reply, {
      store,
      hub,
      workspaceId,
      ...(roadmapId === undefined ? {} : { roadmapId }),
      afterSeq,
      heartbeatMs: (query.heartbeat ?? 15) * 1000,
    });
  };

  app.get(
    '/events',
    {
      schema: {
        tags,
        summary: "Stream the workspace's events (server-sent events)",
        querystring: StreamQuery,
        produces: ['text/event-stream'],
        response: streamResponse,
      },
    },
    async (request, reply) => open(request, reply, request.query),
  );

  app.get(
    '/roadmaps/:roadmapId/events',
    {
      schema: {
        tags,
        summary: "Stream one roadmap's events (server-sent events)",
        params: Type.Object({ roadmapId: Slug }),
        querystring: StreamQuery,
        produces: ['text/event-stream'],
        response: streamResponse,
      },
    },
    async (request, reply) => open(request, reply, request.query, request.params.roadmapId),
  );
};
