import { MAX_EVENTS_PER_BATCH } from '../core/limits.ts';

/** Beacons and keepalive fetches share a 64 KiB quota; stay clear of it with headroom. */
export const BEACON_BYTES = 60 * 1024;

/** A queued event with the session it belongs to. */
export interface QueuedEvent {
  sid: string;
  e: unknown;
}

const encoder = new TextEncoder();
const bytes = (s: string) => encoder.encode(s).length;

/**
 * Serializes queued events into wire batch bodies, one session per body, each under `maxBytes`
 * bytes of UTF-8 and the per-batch event limit, in queue order within a session. An event that
 * alone exceeds `maxBytes` is dropped (the wire limits make that practically impossible).
 *
 * @example
 * packBatches('demo', [{ sid, e: event }], Date.now()); // [[sid, '{"v":1,…}']]
 */
export function packBatches(
  site: string,
  items: readonly QueuedEvent[],
  sentAt: number,
  maxBytes = BEACON_BYTES,
): [sid: string, body: string][] {
  const bodies: [string, string][] = [];
  for (const sid of new Set(items.map((i) => i.sid))) {
    const head = `{"v":1,"site":${JSON.stringify(site)},"sid":${JSON.stringify(sid)},"sentAt":${sentAt},"events":[`;
    const base = bytes(head) + 2;
    let parts: string[] = [];
    let size = base;
    const close = () => {
      // an array in a template is its elements joined by commas
      if (parts.length) bodies.push([sid, `${head}${parts}]}`]);
      parts = [];
      size = base;
    };
    for (const item of items) {
      if (item.sid !== sid) continue;
      const json = JSON.stringify(item.e);
      const n = bytes(json) + 1;
      if (base + n > maxBytes) continue;
      if (size + n > maxBytes || parts.length >= MAX_EVENTS_PER_BATCH) close();
      parts.push(json);
      size += n;
    }
    close();
  }
  return bodies;
}
