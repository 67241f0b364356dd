// A server-sent event stream of the outbox: every event after `afterSeq` in the workspace (or one
// roadmap of it), then each new one as it commits anywhere. The SSE id is the event's seq, so a
// reconnecting EventSource's Last-Event-ID resumes exactly where it stopped.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store, WaymarkEvent } from '../../storage/index.ts';
import type { EventHub } from './event-hub.ts';

export interface StreamOptions {
  store: Store;
  hub: EventHub;
  workspaceId: string;
  roadmapId?: string;
  afterSeq: number;
  heartbeatMs: number;
}

const PAGE = 200;

export function sseFrame(event: WaymarkEvent): string {
  // JSON has no raw newlines, so one data line holds the whole event.
  return `id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

export async function streamEvents(
  request: FastifyRequest,
  reply: FastifyReply,
  options: StreamOptions,
): Promise<void> {
  const { store, hub, workspaceId, roadmapId } = options;
  const response = reply.raw;
  let last = options.afterSeq;
  let started = false;
  let closed = false;
  let pumping = false;
  let again = false;
  let heartbeat: NodeJS.Timeout | undefined;
  let leave = () => {};

  const finish = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    leave();
    if (started) response.end();
  };

  const write = async (text: string) => {
    if (closed) return;
    if (!response.write(text)) {
      await new Promise<void>((resolve) => {
        response.once('drain', resolve);
        response.once('close', resolve);
      });
    }
  };

  const pump = async () => {
    if (!started) return; // The first pump runs once the headers are out.
    if (pumping) {
      again = true;
      return;
    }
    pumping = true;
    try {
      do {
        again = false;
        for (;;) {
          const events = await store.events.list({
            workspaceId,
            ...(roadmapId === undefined ? {} : { roadmapId }),
            afterSeq: last,
            limit: PAGE,
          });
          for (const event of events) {
            if (closed) return;
            await write(sseFrame(event));
            last = event.seq;
          }
          if (events.length < PAGE || closed) break;
        }
      } while (again && !closed);
    } catch (error) {
      request.log.warn({ err: error }, 'event stream read failed; the client will reconnect');
      finish();
    } finally {
      pumping = false;
    }
  };

  // Joined before any byte is sent: a server that is stopping can still answer 503, and one that
  // stops later finds this stream in the hub and ends it.
  leave = await hub.join(() => void pump(), finish);

  reply.hijack();
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    // Reverse proxies (nginx) would otherwise buffer the stream.
    'x-accel-buffering': 'no',
    'x-request-id': String(request.id),
  });
  started = true;
  response.on('close', finish);
  // A client gone while the stream was joining has already emitted its close.
  if (response.destroyed || request.raw.socket.destroyed) return finish();
  response.write(
    `retry: 2000\n: stream of ${roadmapId ? `roadmap ${roadmapId}` : `workspace ${workspaceId}`}\n\n`,
  );
  // A comment line keeps proxies from timing the connection out; it is also when a stream of a
  // SQLite file another process wrote to catches up, since no wake-up crosses processes there.
  heartbeat = setInterval(() => {
    void write(': heartbeat\n\n').then(pump);
  }, options.heartbeatMs);
  await pump();
}
