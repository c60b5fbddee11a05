import type { createClient } from '@clickhouse/client';
import { Session } from 'chdb';
import { createChdbConnection } from 'chdb/connection';

/** `@clickhouse/client`'s connection contract, which chdb implements in-process. */
export type StoreConnection = NonNullable<NonNullable<Parameters<typeof createClient>[0]>['connection']>;

const SENTINEL = 'minwon-ux-drained';

/**
 * The embedded store's connection: chdb's, made safe to share.
 *
 * chdb 3.4 keeps the partial output of a query that fails mid-stream and hands it to the *next*
 * query on the session as the start of its result (`SELECT … UNION ALL SELECT throwIf(…)`, then
 * `SELECT 42` answers the first query's rows before its own). So operations run one at a time (chdb
 * materializes every result, so a result is complete when its call resolves), and after any failure a
 * sentinel query is run until it answers only itself, discarding the leftover before anyone else
 * reads. chdb's types name `@clickhouse/client-common`'s copy of the settings type, which differs from
 * the client's by a patch version; the cast bridges only that.
 *
 * `configFile` is a ClickHouse server configuration (`--config-file`), e.g. a `remote_servers`
 * cluster: chdb's connection takes no engine arguments, so a session opened first with them starts
 * the process's engine, which the connection then shares (same data directory); it is closed last.
 *
 * @example
 * const client = createClient({ connection: createEmbeddedConnection('/data/clickhouse') });
 */
export function createEmbeddedConnection(path: string, { configFile }: { configFile?: string } = {}): StoreConnection {
  const engine = configFile ? new Session(path, { connectionArgs: [`--config-file=${configFile}`] }) : undefined;
  const inner = createChdbConnection({ path }) as unknown as StoreConnection;
  let tail: Promise<unknown> = Promise.resolve();

  async function drain(): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const result = await inner.exec({ query: `SELECT '${SENTINEL}' FORMAT TabSeparated`, query_id: '' });
        let out = '';
        for await (const chunk of result.stream) out += String(chunk);
        if (out === `${SENTINEL}\n`) return;
      } catch {
        // A failing sentinel leaves nothing behind either; try again.
      }
    }
  }

  function serialize<T>(operation: () => Promise<T>): Promise<T> {
    const result = tail.then(async () => {
      try {
        return await operation();
      } catch (err) {
        await drain();
        throw err;
      }
    });
    tail = result.catch(() => undefined);
    return result;
  }

  return {
    ping: (params) => serialize(() => inner.ping(params)),
    query: (params) => serialize(() => inner.query(params)),
    insert: (params) => serialize(() => inner.insert(params)),
    command: (params) => serialize(() => inner.command(params)),
    exec: (params) => serialize(() => inner.exec(params)),
    close: () =>
      serialize(async () => {
        await inner.close();
        engine?.close();
      }),
  };
}
