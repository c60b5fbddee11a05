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
/** Spool room a request must find before its body is read: a full body's rows, with margin. */
const HEADROOM_BYTES = 4 * 2 ** 20;

export function createSpooledSink({ spool, writer }: { spool: Spool; writer: SpoolWriter }): EventSink {
  return {
    accept: (rows) => spool.append({ table: 'e', rows }),
    acceptReplay: (rows) => spool.append({ table: 'r', rows }),
    state() {
      // Room for one more large request's rows before the body is read; the append checks exactly.
      if (spool.isFull(Math.min(HEADROOM_BYTES, spool.maxBytes / 8))) return 'spool_full';
      return writer.storeDown() ? 'store_unavailable' : 'ok';
    },
    async close() {
      await writer.flush();
    },
  };
}
