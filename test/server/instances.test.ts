// Three `waymark serve` processes on one PostgreSQL schema, as behind a load balancer: a write on
// one is read by the others at once, SSE clients on every instance get its events (LISTEN/NOTIFY),
// and the three webhook workers deliver every event exactly once between them (SKIP LOCKED).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WaymarkEvent } from '../../src/storage/index.ts';
import { eventually, type SharedSchema, sharedPostgresSchema } from '../storage/events-support.ts';
import { by, small, WS } from '../storage/fixtures.ts';
import { POSTGRES_URL, testDialects } from '../support/dialects.ts';
import { auth, openSse, type Receiver, SECRET, startReceiver, TOKEN } from './events-support.ts';

interface Instance {
  url: string;
  child: ChildProcess;
  output: string[];
}

const BIN = new URL('../../bin/waymark.js', import.meta.url).pathname;
// Every process spawned, started or not, so that none outlives the suite.
const children: ChildProcess[] = [];

function startInstance(databaseUrl: string, dataDir: string): Promise<Instance> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--host', '127.0.0.1'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      WAYMARK_ADMIN_TOKEN: TOKEN,
      WAYMARK_WORKSPACE: WS,
      WAYMARK_WEBHOOK_ALLOW: '127.0.0.0/8',
      WAYMARK_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString('utf8'));
      const match = /listening on (http:\/\/[^\s]+)/.exec(output.join(''));
      if (match?.[1]) resolve({ url: match[1], child, output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    child.on('exit', (code) => reject(new Error(`waymark serve exited with ${code}:\n${output.join('')}`)));
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

describe.skipIf(!testDialects().includes('postgres'))(
  'three server processes on one PostgreSQL database',
  () => {
    let shared: SharedSchema;
    let instances: Instance[] = [];
    let receiver: Receiver;
    let dataDir: string;

    beforeAll(async () => {
      shared = await sharedPostgresSchema();
      // Migrated and seeded once before the processes start, so they neither race to create the
      // schema nor load the sample roadmaps.
      const seed = await shared.open();
      await seed.ensureWorkspace(WS, 'Acme');
      await seed.createRoadmap({ workspaceId: WS, roadmap: small, ...by });
      receiver = await startReceiver();
      dataDir = mkdtempSync(join(tmpdir(), 'waymark-instances-'));
      // The schema is chosen the way an operator would: in the URL, as a connection option.
      const url = `${POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${shared.schema}`)}`;
      instances = await Promise.all([0, 1, 2].map(() => startInstance(url, dataDir)));
    }, 120_000);

    afterAll(async () => {
      await Promise.all(children.map(stopProcess));
      await receiver?.close();
      await shared?.dispose();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }, 60_000);

    it('shares writes, live events and webhook deliveries across the instances', {
      timeout: 120_000,
    }, async () => {
      const [a, b, c] = instances;
      if (!a || !b || !c) throw new Error('instances did not start');
      const subscribed = await fetch(`${a.url}/api/v1/webhooks?workspace=${WS}`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ url: receiver.url, secret: SECRET, events: ['*'] }),
      });
      expect(subscribed.status).toBe(201);
      const streams = await Promise.all(
        instances.map((instance) =>
          openSse(`${instance.url}/api/v1/roadmaps/platform/events?workspace=${WS}`),
        ),
      );

      // Five writes, each through a different instance than the last.
      let etag = (await fetch(`${c.url}/api/v1/roadmaps/platform?workspace=${WS}`)).headers.get('etag') ?? '';
      for (let round = 0; round < 5; round++) {
        const writer = instances[round % 3] as Instance;
        const written = await fetch(`${writer.url}/api/v1/roadmaps/platform?workspace=${WS}`, {
          method: 'PATCH',
          headers: { ...auth, 'content-type': 'application/json', 'if-match': etag },
          body: JSON.stringify({ set: { title: `Platform, round ${round}` } }),
        });
        expect(written.status).toBe(200);
        etag = written.headers.get('etag') ?? '';
        // Visible at once on every other instance: no instance holds state another could contradict.
        for (const reader of instances) {
          const read = await fetch(`${reader.url}/api/v1/roadmaps/platform?workspace=${WS}`);
          expect(read.headers.get('etag')).toBe(etag);
          expect(((await read.json()) as { roadmap: { title: string } }).roadmap.title).toBe(
            `Platform, round ${round}`,
          );
        }
      }

      // Each write raised one roadmap.updated; every instance's SSE client gets all five, in order.
      for (const stream of streams) {
        const messages = await stream.waitFor(5);
        const events = messages.map((message) => JSON.parse(message.data) as WaymarkEvent);
        expect(events.map((event) => event.data.roadmap)).toEqual(
          [0, 1, 2, 3, 4].map((round) => ({ id: 'platform', title: `Platform, round ${round}` })),
        );
        stream.close();
      }

      // Every event of the workspace since the subscription, delivered exactly once.
      const store = await shared.open();
      const events = (await store.events.list({ workspaceId: WS })).filter(
        (event) => event.type !== 'roadmap.created',
      );
      expect(events).toHaveLength(5);
      const subscription = (await store.events.listSubscriptions(WS))[0];
      await eventually(async () => {
        const log = await store.events.listDeliveries(WS, subscription?.id ?? '');
        return log.length === events.length && log.every((delivery) => delivery.status === 'succeeded');
      }, 1200);
      // With every job marked succeeded no worker holds one, so no further request can arrive.
      const bodies = receiver.received.map((hook) => JSON.parse(hook.body) as WaymarkEvent);
      expect(receiver.received.every((hook) => hook.signatureValid)).toBe(true);
      expect(bodies.map((body) => body.seq).sort((x, y) => x - y)).toEqual(events.map((event) => event.seq));
      expect(new Set(receiver.received.map((hook) => hook.headers['x-waymark-delivery'])).size).toBe(
        events.length,
      );
    });
  },
);
