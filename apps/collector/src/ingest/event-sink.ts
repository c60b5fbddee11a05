import type { Store } from '../store/create-store.ts';
import type { EventRow } from './event-row.ts';
import { insertEvents } from './insert-events.ts';

/**
 * Where accepted rows go. `accept` resolves only once the rows are durable: a 2xx is answered after.
 */
export interface EventSink {
  accept(rows: EventRow[]): Promise<void>;
  /** Stops taking rows and flushes everything accepted into the store. */
  close(): Promise<void>;
}

/** The simplest durable sink: each batch is inserted before it is acknowledged. */
export function createDirectSink(store: Store): EventSink {
  return {
    accept: (rows) => insertEvents(store, rows),
    close: async () => {},
  };
}
