// What the event, feed and webhook suites share: a listening app on a real port, an SSE client over
// node:http, and a webhook receiver that checks signatures the way a real receiver would.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { loadConfig } from '../../src/config/config.ts';
import { buildApp, type WaymarkApp } from '../../src/server/app.ts';
import { verifySignature } from '../../src/server/events/signature.ts';
import type { Store } from '../../src/storage/index.ts';

export const TOKEN = 'test-admin-token-0123456789';
export const SECRET = 'receiver-secret-0123456789';
export const auth = { authorization: `Bearer ${TOKEN}` };

export function testConfig(env: Record<string, string> = {}) {
  return loadConfig(
    {
      WAYMARK_ADMIN_TOKEN: TOKEN,
      WAYMARK_WORKSPACE: 'acme',
      LOG_LEVEL: 'silent',
      WAYMARK_WEBHOOK_ALLOW: '127.0.0.0/8',
      ...env,
    },
    tmpdir(),
  );
}

export interface RunningApp {
  app: WaymarkApp;
  url: string;
  close(): Promise<void>;
}

export async function listen(store: Store, env?: Record<string, string>): Promise<RunningApp> {
  const app = await buildApp({
    store,
    config: testConfig(env),
    logger: false,
    limits: { rateLimitMax: 100_000 },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

export interface SseMessage {
  id?: string;
  event?: string;
  data: string;
}

export interface SseClient {
  status: number;
  headers: http.IncomingHttpHeaders;
  messages: SseMessage[];
  /** Comment lines seen (heartbeats). */
  comments: string[];
  /** Resolves once `count` messages have arrived. */
  waitFor(count: number): Promise<SseMessage[]>;
  waitForComment(text: string): Promise<void>;
  close(): void;
  ended: Promise<void>;
}

export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
  const request = http.get(url, { headers: { accept: 'text/event-stream', ...headers } });
  const [response] = (await once(request, 'response')) as [http.IncomingMessage];
  const messages: SseMessage[] = [];
  const comments: string[] = [];
  const waiters = new Set<() => void>();
  let buffer = '';
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    buffer += chunk;
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const message: SseMessage = { data: '' };
      let isMessage = false;
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) comments.push(line.slice(1).trim());
        else if (line.startsWith('id: ')) message.id = line.slice(4);
        else if (line.startsWith('event: ')) message.event = line.slice(7);
        else if (line.startsWith('data: ')) {
          message.data += line.slice(6);
          isMessage = true;
        }
      }
      if (isMessage) messages.push(message);
    }
    for (const waiter of [...waiters]) waiter();
  });
  const ended = new Promise<void>((resolve) => {
    response.on('close', resolve);
    response.on('end', resolve);
  });
  const until = (done: () => boolean) =>
    new Promise<void>((resolve, reject) => {
      if (done()) return resolve();
      const waiter = () => {
        if (done()) {
          waiters.delete(waiter);
          resolve();
        }
      };
      waiters.add(waiter);
      void ended.then(() => {
        if (!done()) reject(new Error(`stream ended after ${messages.length} messages`));
      });
    });
  return {
    status: response.statusCode ?? 0,
    headers: response.headers,
    messages,
    comments,
    async waitFor(count) {
      await until(() => messages.length >= count);
      return messages.slice(0, count);
    },
    waitForComment: (text) => until(() => comments.includes(text)),
    close: () => {
      request.destroy();
    },
    ended,
  };
}

export interface ReceivedHook {
  headers: http.IncomingHttpHeaders;
  body: string;
  signatureValid: boolean;
}

export interface Receiver {
  url: string;
  received: ReceivedHook[];
  /** Status codes to answer with, in turn; 204 once they run out. */
  answers: number[];
  waitFor(count: number): Promise<ReceivedHook[]>;
  close(): Promise<void>;
}

export async function startReceiver(secret = SECRET, host = '127.0.0.1'): Promise<Receiver> {
  const received: ReceivedHook[] = [];
  const answers: number[] = [];
  const waiters = new Set<() => void>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const signature = request.headers['x-hub-signature-256'];
      received.push({
        headers: request.headers,
        body: body.toString('utf8'),
        signatureValid: verifySignature(body, secret, typeof signature === 'string' ? signature : undefined),
      });
      response.statusCode = answers.shift() ?? 204;
      response.end();
      for (const waiter of [...waiters]) waiter();
    });
  });
  server.listen(0, host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/hook`,
    received,
    answers,
    waitFor: (count) =>
      new Promise((resolve) => {
        const check = () => {
          if (received.length >= count) {
            waiters.delete(check);
            resolve(received.slice(0, count));
          }
        };
        waiters.add(check);
        check();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
