import { canGzip, gzip } from './gzip.ts';
import { BEACON_BYTES } from './pack.ts';

/** What to do with a batch after one delivery attempt. */
export type PostOutcome = 'ok' | 'retry' | 'drop' | 'plain';

/** Bodies smaller than this are not worth compressing (and a gzip header costs a CORS preflight). */
export const GZIP_MIN_BYTES = 2048;

/**
 * POSTs one batch body: `text/plain` (no CORS preflight), gzipped with `Content-Encoding: gzip` when
 * `useGzip` and the body is large enough. `plain` means the server refused gzip: resend uncompressed.
 *
 * @example
 * if ((await postBatch(url, body, true)) === 'retry') scheduleRetry();
 */
export async function postBatch(url: string, body: string, useGzip: boolean): Promise<PostOutcome> {
  const zipped = useGzip && canGzip() && body.length >= GZIP_MIN_BYTES;
  try {
    const payload = zipped ? await gzip(body) : body;
    const headers: Record<string, string> = { 'Content-Type': 'text/plain' };
    if (zipped) headers['Content-Encoding'] = 'gzip';
    const size = typeof payload === 'string' ? payload.length * 3 : payload.byteLength;
    const res = await fetch(url, {
      method: 'POST',
      body: payload,
      headers,
      credentials: 'omit',
      keepalive: size < BEACON_BYTES,
    });
    if (res.ok) return 'ok';
    if (zipped && (res.status === 415 || res.status === 400)) return 'plain';
    return res.status === 408 || res.status === 429 || res.status >= 500 ? 'retry' : 'drop';
  } catch {
    // network failure, offline, or a refused preflight for the gzip header
    return zipped && navigator.onLine ? 'plain' : 'retry';
  }
}

/**
 * Hands a body to the browser for delivery after the page is gone: `sendBeacon` (plain text — beacons
 * cannot set `Content-Encoding`), else `fetch` with `keepalive`. False when neither accepted it.
 */
export function beaconBatch(url: string, body: string): boolean {
  try {
    if (navigator.sendBeacon?.(url, new Blob([body], { type: 'text/plain' }))) return true;
    void fetch(url, {
      method: 'POST',
      body,
      keepalive: true,
      credentials: 'omit',
      headers: { 'Content-Type': 'text/plain' },
    }).catch(
      () => undefined, // the page is gone; nothing left to do
    );
    return true;
  } catch {
    return false; // keepalive quota exceeded
  }
}
