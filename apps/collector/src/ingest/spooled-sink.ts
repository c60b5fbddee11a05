import type { Spool } from '../spool/spool.ts';
import type { SpoolWriter } from '../spool/spool-writer.ts';
import type { EventSink } from './event-sink.ts';

/**
 * The collector's sink: rows are on the fsync'ed spool when `accept` resolves; the writer drains them
 * into ClickHouse. `close` flushes everything acknowledged (SIGTERM).
 *
 * @example
 * const sink = createSpooledSink({ spool, writer });
 * await sink.accept(rows); // durable: answer 202
 */
export function createSpooledSink({ spool, writer }: { spool: Spool; writer: SpoolWriter }): EventSink {
  return {
    accept: (rows) => spool.append({ table: 'e', rows }),
    acceptReplay: (rows) => spool.append({ table: 'r', rows }),
    state(headroomBytes) {
      if (spool.isFull(headroomBytes)) return 'spool_full';
      return writer.storeDown() ? 'store_unavailable' : 'ok';
    },
    async close() {
      await writer.flush();
    },
  };
}
