import { read, write } from '../core/storage.ts';

/** A replay body stays under this many characters; bigger chunks are split. */
export const REPLAY_MAX_CHARS = 256 * 1024;

/**
 * Numbers and sends replay chunks (`POST /v1/replay`, text/plain, the wire's ReplayChunk). Chunk
 * numbers continue across the session's pages (sessionStorage) so retried chunks are recognized.
 */
export function createChunker(url: string, site: string, sid: () => string) {
  const key = () => `mux:rc:${sid()}`;
  const send = (events: unknown[], leaving: boolean) => {
    const chunk = Number(read('sessionStorage', key()) ?? 0);
    const body = JSON.stringify({
      v: 1,
      site,
      sid: sid(),
      sentAt: Date.now(),
      chunk,
      path: location.pathname.slice(0, 2048),
      events,
    });
    if (body.length > REPLAY_MAX_CHARS && events.length > 1) {
      const half = Math.ceil(events.length / 2);
      send(events.slice(0, half), leaving);
      send(events.slice(half), leaving);
      return;
    }
    write('sessionStorage', key(), String(chunk + 1));
    if (leaving && body.length < 60_000 && navigator.sendBeacon?.(url, new Blob([body], { type: 'text/plain' })))
      return;
    void fetch(url, {
      method: 'POST',
      body,
      keepalive: body.length < 60_000,
      credentials: 'omit',
      headers: { 'Content-Type': 'text/plain' },
    }).catch(
      () => undefined, // replay is best effort: a lost chunk leaves a gap, never a retry storm
    );
  };
  return send;
}
