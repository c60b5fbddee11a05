import { read, write } from '../core/storage.ts';

/** A queued event with the session it belongs to. */
export interface QueuedEvent {
  sid: string;
  e: unknown;
}

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
  if (!items.length) {
    write('localStorage', KEY, null);
    return;
  }
  let kept = items;
  let json = JSON.stringify(kept);
  // drop the oldest tenth until it fits: a few passes even for a full queue
  while (json.length > max) {
    kept = kept.slice(Math.ceil(kept.length / 10));
    json = JSON.stringify(kept);
  }
  write('localStorage', KEY, json);
}

/** Takes every stored event out of the offline queue. */
export function loadOutbox(): QueuedEvent[] {
  const raw = read('localStorage', KEY);
  if (!raw) return [];
  write('localStorage', KEY, null);
  try {
    const items: unknown = JSON.parse(raw);
    return Array.isArray(items) ? items.filter((x): x is QueuedEvent => typeof x?.sid === 'string') : [];
  } catch {
    return []; // corrupt entry: nothing to deliver
  }
}
