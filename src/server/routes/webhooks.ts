// Webhook subscriptions of a workspace, their delivery log, and redelivery. Every route needs the
// admin token, reads included: subscription URLs often carry the receiver's own credentials.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { createWebhook, updateWebhook, type WebhookPolicy } from '../../commands/webhooks/subscriptions.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { EVENT_TYPES } from '../../storage/events/types.ts';
import { requireWriter } from '../auth.ts';
import { commandContext, WorkspaceQueryProperties, workspaceOf } from '../context.ts';
import { ErrorBody } from '../errors.ts';

const tags = ['webhooks'];
const security = [{ adminToken: [] }];
const WorkspaceQuery = Type.Object(WorkspaceQueryProperties);
const Id = Type.String({ minLength: 1, maxLength: 100 });
const errors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 422: ErrorBody };

const EventFilter = Type.Array(Type.String({ enum: [...EVENT_TYPES, '*'] }), {
  minItems: 1,
  maxItems: EVENT_TYPES.length + 1,
  description: 'Event types to deliver; ["*"] for all.',
});

const Subscription = Type.Object({
  id: Type.String(),
  workspaceId: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.String()),
  active: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

const Delivery = Type.Object({
  id: Type.String(),
  workspaceId: Type.String(),
  subscriptionId: Type.String(),
  eventSeq: Type.Integer(),
  eventType: Type.String(),
  status: Type.Enum(['pending', 'delivering', 'succeeded', 'failed']),
  attempts: Type.Integer(),
  nextAttemptAt: Type.String({ format: 'date-time' }),
  lastStatusCode: Type.Union([Type.Integer(), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
  redeliveryOf: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  deliveredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

const Secret = Type.String({
  minLength: 16,
  maxLength: 200,
  description: 'Signs each delivery: X-Hub-Signature-256: sha256=<HMAC-SHA256 of the body>. Never returned.',
});
const Url = Type.String({ minLength: 1, maxLength: 2000, description: 'http(s) URL receiving POSTed JSON.' });

export const webhookRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { store, config } = app.waymark;
  const policy: WebhookPolicy = { allowHosts: config.webhookAllowHosts };
  const base = { onRequest: requireWriter };
  const SubscriptionParams = Type.Object({ subscriptionId: Id });

  app.get(
    '/webhooks',
    {
      ...base,
      schema: {
        tags,
        security,
        summary: 'List webhook subscriptions',
        querystring: WorkspaceQuery,
        response: { 200: Type.Object({ items: Type.Array(Subscription) }), ...errors },
      },
    },
    async (request) => ({ items: await store.events.listSubscriptions(workspaceOf(request)) }),
  );

  app.post(
    '/webhooks',
    {
      ...base,
      schema: {
        tags,
        security,
        summary: 'Subscribe a URL to events',
        querystring: WorkspaceQuery,
        body: Type.Object(
          { url: Url, secret: Secret, events: EventFilter, active: Type.Optional(Type.Boolean()) },
          { additionalProperties: false },
        ),
        response: { 201: Subscription, ...errors },
      },
    },
    async (request, reply) => {
      const subscription = await createWebhook(commandContext(request), policy, request.body);
      return reply
        .code(201)
        .header('location', `${request.url.split('?')[0]}/${subscription.id}`)
        .send(subscription);
    },
  );

  app.get(
    '/webhooks/:subscriptionId',
    {
      ...base,
      schema: {
        tags,
        security,
        summary: 'Read a webhook subscription',
        params: SubscriptionParams,
        querystring: WorkspaceQuery,
        response: { 200: Subscription, ...errors },
      },
    },
    async (request) => store.events.getSubscription(workspaceOf(request), request.params.subscriptionId),
  );

  app.patch(
    '/webhooks/:subscriptionId',
    {
      ...base,
      schema: {
        tags,
        security,
        summary: 'Change, pause or resume a webhook subscription',
        params: SubscriptionParams,
        querystring: WorkspaceQuery,
        body: Type.Object(
          {
            url: Type.Optional(Url),
            secret: Type.Optional(Secret),
            events: Type.Optional(EventFilter),
            active: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        response: { 200: Subscription, ...errors },
      },
    },
    async (request) =>
      updateWebhook(commandContext(request), policy, request.params.subscriptionId, request.body),
  );

  app.delete(
    '/webhooks/:subscriptionId',
    {
      ...base,
      schema: {
        tags,
        security,
        summary: 'Remove a webhook subscription and its delivery log',
        params: SubscriptionParams,
        querystring: WorkspaceQuery,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await store.events.deleteSubscription(workspaceOf(request), request.params.subscriptionId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/webhooks/:subscriptionId/deliveries',
    {
      ...base,
      schema: {
        tags,
        security,
        summary: "A subscription's deliveries, newest first",
        params: SubscriptionParams,
        querystring: Type.Object({
          ...WorkspaceQueryProperties,
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
          before: Type.Optional(
            Type.String({ minLength: 1, description: 'The last delivery id of the previous page.' }),
          ),
        }),
        response: { 200: Type.Object({ items: Type.Array(Delivery) }), ...errors },
      },
    },
    async (request) => {
      const { limit, before } = request.query;
      const items = await store.events.listDeliveries(workspaceOf(request), request.params.subscriptionId, {
        ...(limit === undefined ? {} : { limit }),
        ...(before === undefined ? {} : { before }),
      });
      return { items };
    },
  );

  app.post(
    '/webhooks/:subscriptionId/deliveries/:deliveryId/redeliver',
    {
      ...base,
      schema: {
        tags,
        security,
        summary: 'Send a delivery again (as a new delivery of the same event)',
        params: Type.Object({ subscriptionId: Id, deliveryId: Id }),
        querystring: WorkspaceQuery,
        response: { 202: Delivery, ...errors },
      },
    },
    async (request, reply) => {
      const workspaceId = workspaceOf(request);
      const original = await store.events.getDelivery(workspaceId, request.params.deliveryId);
      if (original.subscriptionId !== request.params.subscriptionId) {
        throw new NotFoundError(
          `webhook delivery "${original.id}" not found for subscription "${request.params.subscriptionId}"`,
        );
      }
      return reply.code(202).send(await store.events.redeliver(workspaceId, original.id));
    },
  );
};
