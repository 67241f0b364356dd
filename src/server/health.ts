// Liveness and readiness for orchestrators: /healthz says the process answers, /readyz that the
// database answers and its schema is current.
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { errorBody } from './errors.ts';

const Health = Type.Object({ status: Type.Literal('ok') });

export async function registerHealth(app: FastifyInstance): Promise<void> {
  const config = { rateLimit: false } as const;
  app.get(
    '/healthz',
    { config, schema: { tags: ['operations'], summary: 'The process is up', response: { 200: Health } } },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    { config, schema: { tags: ['operations'], summary: 'The database is reachable and migrated' } },
    async (request, reply) => {
      try {
        const pending = await app.waymark.store.pendingMigrations();
        if (pending.length > 0) {
          return reply
            .code(503)
            .send(errorBody(503, 'not_ready', `database migrations not applied: ${pending.join(', ')}`));
        }
        return { status: 'ok' as const };
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check failed');
        return reply.code(503).send(errorBody(503, 'not_ready', 'the database is not reachable'));
      }
    },
  );
}
