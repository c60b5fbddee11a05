import { randomUUID } from 'node:crypto';
import type { Store } from '../store/create-store.ts';
import { SqlError } from './sql-error.ts';

/** The store with every query, exec and command sent in one ClickHouse HTTP session. */
function inSession(store: Store, sessionId: string): Store {
  const client = new Proxy(store.client, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if ((prop === 'query' || prop === 'exec' || prop === 'command') && typeof value === 'function') {
        return (params: object) => value.call(target, { ...params, session_id: sessionId });
      }
      return value;
    },
  });
  return { ...store, client };
}

/**
 * Runs analyst work one job at a time on the analyst connection, with a short queue. On the embedded
 * store it has its own chdb connection, so analysts' queries never wait behind (or hold up) ingest;
 * that connection discards a failed query's leftover output itself (`store/embedded-connection.ts`).
 * Its current database is the analyst database, so a bare `events` and `currentDatabase()` resolve to
 * it: chdb keeps `USE` per connection; on a server the runner's queries share one HTTP session (jobs
 * run one at a time, so the session is never used twice at once) and each job renews the `USE`, since
 * an idle session expires.
 *
 * @example
 * const runner = new AnalystRunner(analystStore);
 * const text = await runner.run((store) => readText(store, 'SELECT 1'));
 */
export class AnalystRunner {
  readonly store: Store;
  private readonly maxQueued: number;
  private tail: Promise<unknown> = Promise.resolve();
  private queued = 0;
  private databaseSet = false;

  constructor(store: Store, { maxQueued = 8 } = {}) {
    this.store = store.mode === 'embedded' ? store : inSession(store, `minwon-analyst-${randomUUID()}`);
    this.maxQueued = maxQueued;
  }

  private async useDatabase(): Promise<void> {
    if (this.databaseSet && this.store.mode === 'embedded') return;
    try {
      await this.store.client.command({ query: `USE ${this.store.database}` });
      this.databaseSet = true;
    } catch {
      // Qualified names (`minwon_ux.events`) still work; the next job tries again.
    }
  }

  run<T>(job: (store: Store) => Promise<T>): Promise<T> {
    if (this.queued >= this.maxQueued) {
      return Promise.reject(
        new SqlError(429, 'TOO_MANY_SIMULTANEOUS_QUERIES', 'Too many analyst queries at once; retry shortly.'),
      );
    }
    this.queued += 1;
    const result = this.tail.then(async () => {
      try {
        await this.useDatabase();
        return await job(this.store);
      } finally {
        this.queued -= 1;
      }
    });
    this.tail = result.catch(() => undefined);
    return result;
  }
}
