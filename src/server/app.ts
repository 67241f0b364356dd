// The HTTP application without listen(): plugins, hooks, error handling and the /api/v1 routes.
// Tests drive it with inject() or listen on port 0; `waymark serve` listens on the configured port.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import compress from '@fastify/compress';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Config } from '../config/config.ts';
import type { Store } from '../storage/index.ts';
import { bearerToken } from './auth.ts';
import type { ServerContext } from './context.ts';
import { HttpError, handleError, handleNotFound } from './errors.ts';
import { registerHealth } from './health.ts';
import { resolveLimits, type ServerLimits } from './limits.ts';
import { registerMetrics } from './metrics.ts';
import { API_PREFIX, registerOpenApi } from './openapi.ts';
import { apiRoutes } from './routes/index.ts';

export type WaymarkApp = FastifyInstance<
  Server,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface AppOptions {
  store: Store;
  config: Config;
  /** A pino logger to use; `false` for none. Default: JSON logs at config.logLevel on stdout. */
  logger?: FastifyBaseLogger | false;
  /** Overrides of the configured limits (body sizes, rate limit). */
  limits?: Partial<ServerLimits>;
}

// A client's id is echoed into logs and headers: keep it short and printable or make a new one.
function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:@/+=-]{1,128}$/.test(given) ? given : randomUUID();
}

// Clients with a token share its budget wherever they connect from; others are counted per address.
function rateLimitKey(request: FastifyRequest): string {
  const token = bearerToken(request);
  return token ? `token:${token}` : `ip:${request.ip}`;
}

const COMPRESSIBLE = /^text\/(?!event-stream)|[+/](json|xml|yaml|text)(;|$)|^application\/(yaml|javascript)/;

export async function buildApp(options: AppOptions): Promise<WaymarkApp> {
  const { store, config } = options;
  const limits = resolveLimits(config, options.limits);
  const logging =
    options.logger === false
      ? { logger: false }
      : options.logger
        ? { loggerInstance: options.logger }
        : { logger: { level: config.logLevel } };
  const app = Fastify({
    ...logging,
    bodyLimit: limits.jsonBodyBytes,
    genReqId: requestId,
    // Proxies in front are not trusted unless configured; request.ip is the peer address.
    trustProxy: false,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(TypeBoxValidatorCompiler);

  const context: ServerContext = { store, config, limits };
  app.decorate('waymark', context);
  app.decorateRequest('actor', '');
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Once shutdown begins, responses still in flight close their connection: a keep-alive client
  // would otherwise hold close() open until its idle timeout.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  await registerOpenApi(app);
  await app.register(compress, { global: true, threshold: 1024, customTypes: COMPRESSIBLE });
  await app.register(rateLimit, {
    global: true,
    max: limits.rateLimitMax,
    timeWindow: limits.rateLimitWindowMs,
    keyGenerator: rateLimitKey,
    enableDraftSpec: true,
    // The plugin throws what this returns; an HttpError leaves through the common error handler.
    errorResponseBuilder: (_request, context) =>
      new HttpError(
        context.statusCode,
        'rate_limited',
        `too many requests: at most ${context.max} per ${context.after}; retry after ${context.after}`,
      ),
  });
  await registerMetrics(app);
  await registerHealth(app);
  for (const routes of apiRoutes) await app.register(routes, { prefix: API_PREFIX });
  return app;
}
