import type { Store } from '../store/create-store.ts';
import { SqlError } from './sql-error.ts';

/**
 * Runs analyst work one job at a time on the analyst connection. On the embedded store it has its own
 * chdb connection: chdb 3.4 hands the partial output of a query that fails mid-stream to the *next*
 * query of the same connection, so after any failure a throw-away query drains it before the next
 * job — an analyst's rows can never reach another caller or the collector's own queries.
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

  constructor(store: Store, { maxQueued = 8 } = {}) {
    this.store = store;
    this.maxQueued = maxQueued;
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
      } catch (err) {
        if (this.store.mode === 'embedded') await this.drain();
        throw err;
      } finally {
        this.queued -= 1;
      }
    });
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Runs a sentinel query until it answers itself (the leftover output is discarded). */
  private async drain(): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        const result = await this.store.client.exec({
          query: "SELECT 'minwon-ux-drained'",
          clickhouse_settings: { default_format: 'TabSeparated' },
        });
        let out = '';
        for await (const chunk of result.stream) out += chunk.toString();
        if (out === 'minwon-ux-drained\n') return;
      } catch {
        // A failing sentinel leaves nothing behind either; try again.
      }
    }
  }
}
