import { BEACON_BYTES } from './pack.ts';

/** What to do with a batch after one delivery attempt. */
export type PostOutcome = 'ok' | 'retry' | 'drop' | 'plain';

/** Bodies smaller than this are not worth compressing (and a gzip header costs a CORS preflight). */
export const GZIP_MIN_BYTES = 2048;

/** A credential-less `text/plain` POST (no CORS preflight unless `gzip` adds `Content-Encoding`). */
const post = (url: string, body: BodyInit, keepalive: boolean, gzip?: boolean) =>
  fetch(url, {
    method: 'POST',
    body,
    keepalive,
    credentials: 'omit',
    headers: gzip ? { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' } : { 'Content-Type': 'text/plain' },
  });

/**
 * POSTs one batch body: `text/plain` (no CORS preflight), gzipped with `Content-Encoding: gzip` through
 * the browser's `CompressionStream` when `useGzip` and the body is large enough. `plain` means the
 * server refused gzip: resend uncompressed.
 *
 * @example
 * if ((await postBatch(url, body, true)) === 'retry') scheduleRetry();
 */
export async function postBatch(url: string, body: string, useGzip: boolean): Promise<PostOutcome> {
  const zipped = useGzip && typeof CompressionStream === 'function' && body.length >= GZIP_MIN_BYTES;
  try {
    const payload = zipped
      ? await new Response(new Blob([body]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer()
      : body;
    const size = typeof payload === 'string' ? payload.length * 3 : payload.byteLength;
    const { ok, status } = await post(url, payload, size < BEACON_BYTES, zipped);
    if (ok) return 'ok';
    if (zipped && (status === 415 || status === 400)) return 'plain';
    return status === 408 || status === 429 || status >= 500 ? 'retry' : 'drop';
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
    if (!navigator.sendBeacon?.(url, new Blob([body], { type: 'text/plain' })))
      post(url, body, true).catch(
        () => undefined, // the page is gone; nothing left to do
      );
    return true;
  } catch {
    return false; // keepalive quota exceeded
  }
}
