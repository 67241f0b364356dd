// LISTEN on a connection of its own (a pooled one could be handed to a query mid-notification).
// When the connection drops it reconnects with backoff and then reports a wake-up, because
// notifications sent while it was away are lost and readers must re-read the outbox.
import pg from 'pg';
import { NOTIFY_CHANNEL_SQL } from './outbox.ts';

export interface ListenTarget {
  url: string;
  schema?: string;
}

export interface PostgresListener {
  close(): Promise<void>;
}

const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 5000;

/** Resolves once the first LISTEN is in place (or its first attempt failed and retries began). */
export async function startPostgresListener(
  target: ListenTarget,
  onWake: () => void,
  onError: (error: Error) => void = () => {},
): Promise<PostgresListener> {
  let client: pg.Client | undefined;
  let closed = false;
  let retryMs = RETRY_MIN_MS;
  let timer: NodeJS.Timeout | undefined;
  let everConnected = false;

  const scheduleReconnect = () => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
  };

  const connect = async () => {
    const next = new pg.Client({
      connectionString: target.url,
      ...(target.schema === undefined ? {} : { options: `-c search_path=${target.schema}` }),
    });
    next.on('error', (error) => {
      onError(error);
      if (client === next) client = undefined;
      void next.end().catch(() => {});
      scheduleReconnect();
    });
    next.on('end', () => {
      if (client === next) {
        client = undefined;
        scheduleReconnect();
      }
    });
    next.on('notification', () => onWake());
    try {
      await next.connect();
      // The channel is computed in SQL from the schema, exactly as the writers compute it.
      const { rows } = await next.query<{ channel: string }>(`select ${NOTIFY_CHANNEL_SQL} as channel`);
      const channel = rows[0]?.channel ?? '';
      await next.query(`listen "${channel.replace(/"/g, '""')}"`);
      if (closed) {
        await next.end();
        return;
      }
      client = next;
      retryMs = RETRY_MIN_MS;
      if (everConnected) onWake();
      everConnected = true;
    } catch (error) {
      onError(error as Error);
      await next.end().catch(() => {});
      scheduleReconnect();
    }
  };
  await connect();

  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      const current = client;
      client = undefined;
      await current?.end().catch(() => {});
    },
  };
}
