import { readJson, write } from '../core/storage.ts';
import type { QueuedEvent } from './pack.ts';

const KEY = 'mux:q';
/** The offline queue never holds more than this many bytes of JSON (oldest events go first). */
export const OUTBOX_MAX_CHARS = 200_000;

/**
 * Keeps events that could not be delivered in localStorage (size-bounded) so the next page or the
 * next `online` event delivers them. Falls back to memory only when storage is unavailable.
 *
 * @example
 * saveOutbox([{ sid, e: event }]); loadOutbox(); // the same events, storage cleared
 */
export function saveOutbox(items: readonly QueuedEvent[], max = OUTBOX_MAX_CHARS): void {
  let json = JSON.stringify(items);
  // drop the oldest tenth until it fits: a few passes even for a full queue
  while (json.length > max) {
    items = items.slice(Math.ceil(items.length / 10));
    json = JSON.stringify(items);
  }
  write('localStorage', KEY, items.length ? json : null);
}

/** Takes every stored event out of the offline queue. */
export function loadOutbox(): QueuedEvent[] {
  const items = readJson<QueuedEvent[]>('localStorage', KEY);
  write('localStorage', KEY, null);
  return Array.isArray(items) ? items : [];
}
