// An app over a fresh store of one dialect, for in-process (inject) and real HTTP tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { buildApp, type WaymarkApp } from '../../src/server/app.ts';
import type { ServerLimits } from '../../src/server/limits.ts';
import type { Store } from '../../src/storage/index.ts';
import type { StoreFactory, TestStore } from '../support/dialects.ts';

export const TOKEN = 'test-admin-token-0123456789';
export const AUTH = { authorization: `Bearer ${TOKEN}` };

export interface AppOptions {
  adminToken?: string | null;
  limits?: Partial<ServerLimits>;
}

export async function openApp(factory: StoreFactory, options: AppOptions = {}) {
  const opened: TestStore = await factory.open();
  const token = options.adminToken === undefined ? TOKEN : options.adminToken;
  const config = loadConfig(
    { LOG_LEVEL: 'silent', ...(token ? { WAYMARK_ADMIN_TOKEN: token } : {}) },
    mkdtempSync(path.join(tmpdir(), 'waymark-server-')),
  );
  const app = await buildApp({
    store: opened.store,
    config,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  return {
    app,
    store: opened.store,
    async dispose() {
      await app.close();
      await opened.dispose();
    },
  };
}

/** A fresh app per test of the enclosing describe block. */
export function useApp(
  factory: StoreFactory,
  options: AppOptions = {},
): { readonly app: WaymarkApp; readonly store: Store } {
  let current: Awaited<ReturnType<typeof openApp>> | undefined;
  beforeEach(async () => {
    current = await openApp(factory, options);
  });
  afterEach(async () => {
    await current?.dispose();
    current = undefined;
  });
  return {
    get app() {
      if (!current) throw new Error('the app only exists inside a test');
      return current.app;
    },
    get store() {
      if (!current) throw new Error('the app only exists inside a test');
      return current.store;
    },
  };
}

export function roadmapDocument(
  id: string,
  title = `Roadmap ${id}`,
  items: string[] = ['First goal', 'Second goal'],
) {
  return {
    format: 'waymark/v1',
    roadmap: {
      id,
      title,
      sections: [
        {
          id: `${id}-area`,
          title: 'Area',
          items: items.map((item, index) => ({ id: `${id}-item-${index}`, title: item, status: 'todo' })),
        },
      ],
    },
  };
}

/** Creates a roadmap through the API; returns its first revision id (the ETag). */
export async function createRoadmap(
  app: WaymarkApp,
  id: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/roadmaps',
    headers: AUTH,
    payload: { document: roadmapDocument(id), ...extra },
  });
  if (response.statusCode !== 201) throw new Error(`create failed: ${response.statusCode} ${response.body}`);
  return response.json().revision.id;
}
