// The entity route tests run every request both in-process (inject) and over real HTTP (listen on
// port 0 + fetch), on every dialect, against an app holding the Lanternfish sample.
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach } from 'vitest';
import type { Store } from '../../src/storage/index.ts';
import { sampleDocument } from '../domain/roadmap/sample.ts';
import { type StoreFactory, storeFactories } from '../support/dialects.ts';
import { AUTH, openApp } from './support.ts';

export type Transport = 'inject' | 'http';

export const RID = 'lanternfish-2026h1';
export const ROADMAP = `/api/v1/roadmaps/${RID}`;
/** The same roadmap through its workspace-qualified address. */
export const WS_ROADMAP = `/api/v1/workspaces/default/roadmaps/${RID}`;

export interface ApiResponse {
  status: number;
  etag: string | undefined;
  headers: Record<string, string>;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field in tests
  body: any;
}

export interface RequestOptions {
  body?: unknown;
  /** A revision id, sent quoted as If-Match. */
  ifMatch?: string;
  headers?: Record<string, string>;
  /** Send the admin token (default true for writes). */
  auth?: boolean;
}

export interface Api {
  request(method: string, path: string, options?: RequestOptions): Promise<ApiResponse>;
}

export function cases(): { dialect: string; transport: Transport; factory: StoreFactory }[] {
  return storeFactories().flatMap((factory) =>
    (['inject', 'http'] as const).map((transport) => ({ dialect: factory.dialect, transport, factory })),
  );
}

function headersFor(method: string, options: RequestOptions): Record<string, string> {
  const write = method !== 'GET' && method !== 'HEAD';
  return {
    ...((options.auth ?? write) ? AUTH : {}),
    ...(options.ifMatch !== undefined ? { 'if-match': `"${options.ifMatch}"` } : {}),
    ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    ...options.headers,
  };
}

function parse(text: string): unknown {
  return text === '' ? undefined : JSON.parse(text);
}

/** A fresh app with the sample loaded per test; `head` is the ETag of the sample's revision. */
export function useApi(factory: StoreFactory, transport: Transport) {
  let current: { api: Api; store: Store; head: string; dispose(): Promise<void> } | undefined;
  beforeEach(async () => {
    const opened = await openApp(factory);
    let api: Api;
    if (transport === 'inject') {
      api = {
        async request(method, path, options = {}) {
          const response = await opened.app.inject({
            method: method as 'GET',
            url: path,
            headers: headersFor(method, options),
            ...(options.body !== undefined ? { payload: JSON.stringify(options.body) } : {}),
          });
          const headers = Object.fromEntries(
            Object.entries(response.headers).map(([k, v]) => [k, String(v)]),
          );
          return { status: response.statusCode, etag: headers.etag, headers, body: parse(response.body) };
        },
      };
    } else {
      await opened.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = opened.app.server.address() as AddressInfo;
      api = {
        async request(method, path, options = {}) {
          const response = await fetch(`http://127.0.0.1:${port}${path}`, {
            method,
            headers: headersFor(method, options),
            ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
          });
          const headers = Object.fromEntries(response.headers.entries());
          return { status: response.status, etag: headers.etag, headers, body: parse(await response.text()) };
        },
      };
    }
    const created = await api.request('POST', '/api/v1/roadmaps', { body: { document: sampleDocument() } });
    if (created.status !== 201) throw new Error(`loading the sample failed: ${created.status}`);
    current = { api, store: opened.store, head: created.body.revision.id, dispose: opened.dispose };
  });
  afterEach(async () => {
    await current?.dispose();
    current = undefined;
  });
  const get = () => {
    if (!current) throw new Error('the app only exists inside a test');
    return current;
  };
  return {
    get api() {
      return get().api;
    },
    get store() {
      return get().store;
    },
    /** The revision id of the loaded sample. */
    get head() {
      return get().head;
    },
  };
}

/** The quoted ETag of a revision id, as the server sends it. */
export const tag = (revisionId: string) => `"${revisionId}"`;

/** The revision id inside an ETag header. */
export function revisionOf(response: ApiResponse): string {
  if (!response.etag) throw new Error(`no ETag on a ${response.status} response`);
  return response.etag.slice(1, -1);
}
