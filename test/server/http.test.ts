// The server over real HTTP on every dialect: listen on port 0 and fetch. Auth, body limits, rate
// limiting, compression, request ids, unknown routes, health, metrics and the OpenAPI document.
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../src/server/errors.ts';
import { storeFactories } from '../support/dialects.ts';
import { AUTH, openApp, roadmapDocument } from './support.ts';

type Opened = Awaited<ReturnType<typeof openApp>>;

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { responses?: object; parameters?: { name: string }[] }>>;
  components: { schemas: Record<string, unknown> };
}

async function errorOf(response: Response): Promise<ErrorBody['error']> {
  return ((await response.json()) as ErrorBody).error;
}

describe.each(storeFactories())('HTTP behaviour on $dialect', (factory) => {
  let opened: Opened | undefined;
  afterEach(async () => {
    await opened?.dispose();
    opened = undefined;
  });

  async function serve(options: Parameters<typeof openApp>[1] = {}): Promise<string> {
    opened = await openApp(factory, options);
    await opened.app.listen({ port: 0, host: '127.0.0.1' });
    const address = opened.app.server.address();
    if (typeof address !== 'object' || !address) throw new Error('not listening');
    return `http://127.0.0.1:${address.port}`;
  }

  it('answers health, readiness and metrics, and returns the request id it was given', async () => {
    const base = await serve();
    const health = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'probe-1' } });
    expect(health.status).toBe(200);
    expect(health.headers.get('x-request-id')).toBe('probe-1');
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    const generated = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await fetch(`${base}/api/v1/roadmaps/nope`);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/http_requests_total\{method="GET",route="\/healthz",status="200"\} 2/);
    expect(metrics).toMatch(
      /http_requests_total\{method="GET",route="\/api\/v1\/roadmaps\/:roadmapId",status="404"\} 1/,
    );
    expect(metrics).toContain('http_request_duration_seconds_bucket');
    expect(metrics).toContain('process_cpu_user_seconds_total');
  });

  it('refuses writes without the admin token, with a wrong one, and when none is configured', async () => {
    const base = await serve();
    const write = (headers: Record<string, string>) =>
      fetch(`${base}/api/v1/roadmaps`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ document: roadmapDocument('alpha') }),
      });
    const anonymous = await write({});
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toContain('Bearer');
    expect(await errorOf(anonymous)).toMatchObject({ code: 'unauthenticated', status: 401 });
    expect((await write({ authorization: 'Bearer wrong-token-wrong-token' })).status).toBe(401);
    expect((await write(AUTH)).status).toBe(201);
    // Credentials are checked before the body is read: a stranger learns nothing from validation.
    const badBody = await fetch(`${base}/api/v1/roadmaps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ document: { nonsense: true } }),
    });
    expect(badBody.status).toBe(401);
    await opened?.dispose();

    const readOnly = await serve({ adminToken: null });
    const refused = await fetch(`${readOnly}/api/v1/workspaces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...AUTH },
      body: JSON.stringify({ id: 'team' }),
    });
    expect(refused.status).toBe(401);
    const error = await errorOf(refused);
    expect(error.code).toBe('writes_disabled');
    expect(error.message).toContain('WAYMARK_ADMIN_TOKEN');
  });

  it('answers unknown routes, bad JSON and oversized bodies in the error shape', async () => {
    const base = await serve({ limits: { jsonBodyBytes: 2048, importBodyBytes: 4096 } });
    const unknown = await fetch(`${base}/api/v2/nothing`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      error: { code: 'route_not_found', message: 'no route GET /api/v2/nothing', status: 404 },
    });
    const badJson = await fetch(`${base}/api/v1/roadmaps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...AUTH },
      body: '{"document": ',
    });
    expect(badJson.status).toBe(400);
    expect((await errorOf(badJson)).code).toBe('invalid_json');
    const big = await fetch(`${base}/api/v1/roadmaps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...AUTH },
      body: JSON.stringify({ document: roadmapDocument('alpha', 'x'.repeat(4000)) }),
    });
    expect(big.status).toBe(413);
    expect(await errorOf(big)).toMatchObject({ code: 'body_too_large', status: 413 });
    // Imports have their own, larger limit.
    const document = `# Plan\n\n${'- goal\n'.repeat(400)}`;
    expect(document.length).toBeGreaterThan(2048);
    const importOk = await fetch(`${base}/api/v1/import?dryRun=true&format=md`, {
      method: 'POST',
      headers: { 'content-type': 'text/markdown', ...AUTH },
      body: document.slice(0, 4000),
    });
    expect(importOk.status).toBe(200);
    const importBig = await fetch(`${base}/api/v1/import?dryRun=true&format=md`, {
      method: 'POST',
      headers: { 'content-type': 'text/markdown', ...AUTH },
      body: document.repeat(3),
    });
    expect(importBig.status).toBe(413);
  });

  it('rate-limits per client with RateLimit and Retry-After headers', async () => {
    const base = await serve({ limits: { rateLimitMax: 3, rateLimitWindowMs: 60_000 } });
    const statuses: number[] = [];
    const responses: Response[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${base}/api/v1/workspaces`);
      responses.push(response);
      statuses.push(response.status);
    }
    const last = responses[3] as Response;
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(last.headers.get('ratelimit-limit')).toBe('3');
    expect(await errorOf(last)).toMatchObject({ code: 'rate_limited', status: 429 });
    // A token holder has a budget of its own.
    expect((await fetch(`${base}/api/v1/workspaces`, { headers: AUTH })).status).toBe(200);
    // Probes are never limited.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('compresses large responses with gzip or brotli as the client asks', async () => {
    const base = await serve();
    const items = Array.from({ length: 200 }, (_, index) => `Goal number ${index} of the plan`);
    const created = await fetch(`${base}/api/v1/roadmaps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...AUTH },
      body: JSON.stringify({ document: roadmapDocument('alpha', 'Alpha', items) }),
    });
    expect(created.status).toBe(201);
    // fetch decodes transparently; read raw bytes through node:http to see the encoding.
    const { request } = await import('node:http');
    const raw = (encoding: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        request(
          `${base}/api/v1/roadmaps/alpha/export?format=json`,
          { headers: { 'accept-encoding': encoding } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
            );
          },
        )
          .on('error', reject)
          .end();
      });
    const gzip = await raw('gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.body).toString('utf8')).roadmap.id).toBe('alpha');
    expect((await raw('br')).encoding).toBe('br');
    expect((await raw('identity')).encoding).toBeUndefined();
  });

  it('lets a request in flight finish when the app closes, then closes its connection', async () => {
    opened = await openApp(factory);
    const app = opened.app;
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let arrived: () => void = () => {};
    const started = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    // A route the test holds open, standing for a slow import in flight during shutdown.
    app.get('/held', async () => {
      arrived();
      await held;
      return { finished: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (typeof address !== 'object' || !address) throw new Error('not listening');
    const inFlight = fetch(`http://127.0.0.1:${address.port}/held`);
    await started;
    let closed = false;
    const closing = app.close().then(() => {
      closed = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(false);
    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toEqual({ finished: true });
    await closing;
    expect(closed).toBe(true);
  });

  it('serves an OpenAPI 3.1 document naming every route, and the reference page', async () => {
    const base = await serve();
    const response = await fetch(`${base}/api/v1/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as OpenApiDocument;
    expect(document.openapi).toBe('3.1.0');
    const paths = Object.keys(document.paths);
    const registered = opened ? registeredRoutes(opened.app) : [];
    expect(registered.length).toBeGreaterThan(10);
    for (const route of registered) expect(paths, route).toContain(route);
    for (const path of [
      '/api/v1/workspaces',
      '/api/v1/roadmaps',
      '/api/v1/roadmaps/{roadmapId}',
      '/api/v1/roadmaps/{roadmapId}/revisions',
      '/api/v1/roadmaps/{roadmapId}/revisions/{revision}/restore',
      '/api/v1/roadmaps/{roadmapId}/diff',
      '/api/v1/roadmaps/{roadmapId}/export',
      '/api/v1/search',
      '/api/v1/import',
    ]) {
      expect(paths).toContain(path);
    }
    expect(document.paths['/api/v1/roadmaps']?.get?.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['updatedSince', 'cursor', 'workspace']),
    );
    // Every reference resolves inside the document, and every operation describes its responses.
    const text = JSON.stringify(document);
    for (const [, ref] of text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) {
      expect(document.components.schemas, ref).toHaveProperty(ref ?? '');
    }
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect(Object.keys(operation.responses ?? {}).length, `${method} ${path}`).toBeGreaterThan(0);
      }
    }
    const page = await fetch(`${base}/api/v1/docs/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('swagger-ui');
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)[^"']*\.js/);
  });
});

// Every API route the app registered, as OpenAPI writes paths (/a/:b → /a/{b}), read from
// Fastify's route tree; the reference page's own assets and the document itself are left out.
function registeredRoutes(app: Opened['app']): string[] {
  const stack: string[] = [];
  const routes = new Set<string>();
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+)/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    stack.push(match[2] ?? '');
    routes.add(stack.join(''));
  }
  return [...routes]
    .filter((route) => route.startsWith('/api/v1/') || ['/healthz', '/readyz'].includes(route))
    .filter((route) => !route.startsWith('/api/v1/docs') && route !== '/api/v1/openapi.json')
    .map((route) => route.replace(/:(\w+)/g, '{$1}'));
}
