import type { Store } from '../store/create-store.ts';
import { SqlError } from './sql-error.ts';

/**
 * Runs analyst work one job at a time on the analyst connection, with a short queue. On the embedded
 * store it has its own chdb connection, so analysts' queries never wait behind (or hold up) ingest;
 * that connection discards a failed query's leftover output itself (`store/embedded-connection.ts`).
 *
 * @example
 * const runner = new AnalystRunner(analystStore);
 * const text = await runner.run((store) => readText(store, 'SELECT 1'));
 */
export class AnalystRunner {
  readonly store: Store;
  private readonly maxQueued: number;
  private tail: Promise<unknown>;
  private queued = 0;

  constructor(store: Store, { maxQueued = 8 } = {}) {
    this.store = store;
    this.maxQueued = maxQueued;
    // The analyst connection's current database, so a bare `events` and `currentDatabase()` resolve
    // to it. chdb keeps it per connection; a server over HTTP has no session here, so there analysts
    // qualify table names (docs/ANALYST-SQL.md).
    this.tail =
      store.mode === 'embedded'
        ? store.client.command({ query: `USE ${store.database}` }).catch(() => undefined)
        : Promise.resolve();
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
        return await job(this.store);
      } finally {
        this.queued -= 1;
      }
    });
    this.tail = result.catch(() => undefined);
    return result;
  }
}
