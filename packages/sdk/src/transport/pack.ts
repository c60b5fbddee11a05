import { MAX_EVENTS_PER_BATCH } from '../core/limits.ts';

/** Beacons and keepalive fetches share a 64 KiB quota; stay clear of it with headroom. */
export const BEACON_BYTES = 60 * 1024;

export interface Envelope {
  site: string;
  sid: string;
}

const encoder = new TextEncoder();
const bytes = (s: string) => encoder.encode(s).length;

/**
 * Serializes events into wire batch bodies, none over `maxBytes` bytes or the per-batch event limit.
 * An event that alone exceeds `maxBytes` is dropped (the wire limits make that practically impossible).
 *
 * @example
 * packBatches({ site: 'demo', sid: 's-1234567' }, events, Date.now(), BEACON_BYTES); // ['{"v":1,…}']
 */
export function packBatches(
  envelope: Envelope,
  events: readonly unknown[],
  sentAt: number,
  maxBytes: number,
): string[] {
  const head = `{"v":1,"site":${JSON.stringify(envelope.site)},"sid":${JSON.stringify(envelope.sid)},"sentAt":${sentAt},"events":[`;
  const bodies: string[] = [];
  const base = bytes(head) + 2;
  let parts: string[] = [];
  let size = base;
  for (const event of events) {
    const json = JSON.stringify(event);
    const n = bytes(json) + 1;
    if (base + n > maxBytes) continue;
    if (parts.length && (size + n > maxBytes || parts.length >= MAX_EVENTS_PER_BATCH)) {
      bodies.push(`${head}${parts.join(',')}]}`);
      parts = [];
      size = base;
    }
    parts.push(json);
    size += n;
  }
  if (parts.length) bodies.push(`${head}${parts.join(',')}]}`);
  return bodies;
}
