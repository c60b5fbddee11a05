import type { EventRow } from './event-row.ts';
import type { ReplayRow } from './replay-row.ts';

/** Whether the sink can take more rows now; anything but `ok` is answered 503. */
export type SinkState = 'ok' | 'spool_full' | 'store_unavailable';

/**
 * Where accepted rows go. `accept` resolves only once the rows are durable: a 2xx is answered after.
 */
export interface EventSink {
  accept(rows: EventRow[]): Promise<void>;
  acceptReplay(rows: ReplayRow[]): Promise<void>;
  /** Checked before a body is read, so an overloaded collector refuses cheaply. */
  state(): SinkState;
  /** Stops taking rows and flushes everything accepted into the store. */
  close(): Promise<void>;
}
