import { backoffDelay } from './backoff.ts';
import { loadOutbox, type QueuedEvent, saveOutbox } from './outbox.ts';
import { BEACON_BYTES, packBatches } from './pack.ts';
import { beaconBatch, postBatch } from './post.ts';

export interface QueueOptions {
  url: string;
  site: string;
  flushMs: number;
  now: () => number;
}

/**
 * The batching queue: collects events, sends them every `flushMs` (or at 50 events) as `text/plain`
 * batches, retries with jittered backoff, parks undelivered events in the offline outbox, and hands
 * everything to `sendBeacon` when the page goes away.
 *
 * @example
 * const queue = createQueue({ url: 'https://ux.example/v1/events', site: 'demo', flushMs: 5000, now: Date.now });
 * queue.push_(sid, event); queue.flush_(true); // on pagehide
 */
export function createQueue({ url, site, flushMs, now }: QueueOptions) {
  let pending: QueuedEvent[] = loadOutbox();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sending = false;
  let failures = 0;
  let gzipOk = true;

  const schedule = (ms: number) => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      void send();
    }, ms);
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
    const batch = pending;
    pending = [];
    const failed: QueuedEvent[] = [];
    for (const [sid, events] of groupBySession(batch)) {
      for (const body of packBatches({ site, sid }, events, now(), BEACON_BYTES)) {
        let outcome = await postBatch(url, body, gzipOk);
        if (outcome === 'plain') {
          gzipOk = false;
          outcome = await postBatch(url, body, false);
        }
        if (outcome === 'retry') for (const e of JSON.parse(body).events) failed.push({ sid, e });
      }
    }
    sending = false;
    pending = failed.concat(pending);
    if (failed.length) {
      saveOutbox(pending);
      schedule(backoffDelay(failures++));
    } else {
      failures = 0;
      if (pending.length) schedule(flushMs);
      saveOutbox([]);
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
      if (!pending.length) return;
      const left: QueuedEvent[] = [];
      for (const [sid, events] of groupBySession(pending)) {
        for (const body of packBatches({ site, sid }, events, now(), BEACON_BYTES)) {
          if (!navigator.onLine || !beaconBatch(url, body)) {
            for (const e of JSON.parse(body).events) left.push({ sid, e });
          }
        }
      }
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

function groupBySession(items: readonly QueuedEvent[]): Map<string, unknown[]> {
  const groups = new Map<string, unknown[]>();
  for (const { sid, e } of items) {
    const list = groups.get(sid);
    if (list) list.push(e);
    else groups.set(sid, [e]);
  }
  return groups;
}
