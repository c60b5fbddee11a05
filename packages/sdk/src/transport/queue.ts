import { backoffDelay } from './backoff.ts';
import { loadOutbox, saveOutbox } from './outbox.ts';
import { packBatches, type QueuedEvent } from './pack.ts';
import { beaconBatch, GZIP_MIN_BYTES, postBatch } from './post.ts';

/**
 * The batching queue: collects events, sends them every `flushMs` (or at 50 events) as `text/plain`
 * batches, retries with jittered backoff, parks undelivered events in the offline outbox, and hands
 * everything to `sendBeacon` when the page goes away.
 *
 * @example
 * const queue = createQueue('https://ux.example/v1/events', 'demo', 5000, Date.now);
 * queue.push_(sid, event); queue.flush_(true); // on pagehide
 */
export function createQueue(url: string, site: string, flushMs: number, now: () => number) {
  let pending: QueuedEvent[] = loadOutbox();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sending = false;
  let failures = 0;
  let gzip = typeof CompressionStream === 'function';

  const schedule = (ms: number) => {
    timer ??= setTimeout(() => {
      timer = undefined;
      void send();
    }, ms);
  };
  const requeue = (into: QueuedEvent[], sid: string, body: string) => {
    for (const e of JSON.parse(body).events) into.push({ sid, e });
  };
  if (pending.length) schedule(50);
  addEventListener('online', () => {
    clearTimeout(timer);
    timer = undefined;
    failures = 0;
    void send();
  });

  async function send(): Promise<void> {
    if (sending || !pending.length) return;
    sending = true;
    const failed: QueuedEvent[] = [];
    const batch = pending;
    pending = [];
    for (const [sid, body] of packBatches(site, batch, now())) {
      const zipped = gzip && body.length >= GZIP_MIN_BYTES;
      if (await postBatch(url, body, zipped)) {
        // a gzipped body that failed goes again as plain text, and so does the rest of this page view
        if (zipped && navigator.onLine) gzip = false;
        requeue(failed, sid, body);
      }
    }
    sending = false;
    pending = failed.concat(pending);
    saveOutbox(failed.length ? pending : []);
    if (failed.length) schedule(backoffDelay(failures++));
    else {
      failures = 0;
      if (pending.length) schedule(flushMs);
    }
  }

  return {
    push_(sid: string, e: unknown): void {
      pending.push({ sid, e });
      if (pending.length >= 50) void send();
      else schedule(flushMs);
    },
    /** Sends now; with `beacon` (page hidden or leaving) through `sendBeacon` and the outbox. */
    flush_(beacon = false): void {
      if (!beacon) return void send();
      const left: QueuedEvent[] = [];
      for (const [sid, body] of packBatches(site, pending, now()))
        if (!navigator.onLine || !beaconBatch(url, body)) requeue(left, sid, body);
      pending = left;
      saveOutbox(left);
    },
    /** Forgets everything queued (after `optOut`). */
    clear_(): void {
      pending = [];
      saveOutbox([]);
    },
  };
}
export type Queue = ReturnType<typeof createQueue>;
