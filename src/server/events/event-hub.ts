// One listener on the store per server, fanned out to every open event stream of this process.
// Wake-ups carry no data: each stream reads the outbox from its own last seq, so a stream never
// misses an event whatever notifications were lost, and never sees one twice.
import type { Store } from '../../storage/index.ts';
import { HttpError } from '../errors.ts';

export class EventHub {
  private readonly wakers = new Set<() => void>();
  private readonly closers = new Set<() => void>();
  private unlisten: Promise<() => Promise<void>> | undefined;
  private closing = false;

  constructor(private readonly store: Store) {}

  /**
   * Registers a stream; `wake` runs on every possible new event, `close` when the server stops.
   * @throws HttpError 503 once the server is stopping, so no stream can start after the last close
   */
  async join(wake: () => void, close: () => void): Promise<() => void> {
    const refuse = () =>
      new HttpError(503, 'shutting_down', 'the server is stopping; reconnect to another instance or retry');
    if (this.closing) throw refuse();
    this.unlisten ??= this.store.events.listen(() => {
      for (const waker of [...this.wakers]) waker();
    });
    await this.unlisten;
    if (this.closing) throw refuse();
    this.wakers.add(wake);
    this.closers.add(close);
    return () => {
      this.wakers.delete(wake);
      this.closers.delete(close);
    };
  }

  get size(): number {
    return this.wakers.size;
  }

  /** Ends every stream (so the server can close) and stops listening. */
  async close(): Promise<void> {
    this.closing = true;
    for (const close of [...this.closers]) close();
    this.wakers.clear();
    this.closers.clear();
    const unlisten = this.unlisten;
    this.unlisten = undefined;
    await (await unlisten)?.();
  }
}
