/** Bodies smaller than this are not worth compressing (and a gzip header costs a CORS preflight). */
export const GZIP_MIN_BYTES = 2048;

/** A credential-less `text/plain` POST with `keepalive` (no CORS preflight unless `gzip` is set). */
const post = (url: string, body: BodyInit, gzip?: boolean) =>
  fetch(url, {
    method: 'POST',
    body,
    keepalive: true,
    credentials: 'omit',
    headers: gzip ? { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' } : { 'Content-Type': 'text/plain' },
  });

/**
 * POSTs one batch body (at most 60 KiB, see `packBatches`), gzipped with `Content-Encoding: gzip`
 * through `CompressionStream` when `gzip` is set. Resolves to whether to send it again later:
 * network errors, 408, 429, 5xx — and any failure of a gzipped body (a proxy or server that refuses
 * gzip, a refused preflight), which the caller resends as plain text. Other 4xx are dropped.
 *
 * @example
 * if (await postBatch(url, body, false)) scheduleRetry();
 */
export async function postBatch(url: string, body: string, gzip: boolean): Promise<boolean> {
  try {
    const { ok, status } = await post(
      url,
      gzip ? await new Response(new Blob([body]).stream().pipeThrough(new CompressionStream('gzip'))).blob() : body,
      gzip,
    );
    return !ok && (gzip || status === 408 || status === 429 || status >= 500);
  } catch {
    return true; // offline, network failure, keepalive quota, refused preflight
  }
}

/**
 * Hands a body to the browser for delivery after the page is gone: `sendBeacon` (plain text — beacons
 * cannot set `Content-Encoding`), else `fetch` with `keepalive`. False when neither accepted it.
 */
export function beaconBatch(url: string, body: string): boolean {
  try {
    if (!navigator.sendBeacon?.(url, new Blob([body], { type: 'text/plain' })))
      post(url, body).catch(
        () => undefined, // the page is gone; nothing left to do
      );
    return true;
  } catch {
    return false; // keepalive quota exceeded
  }
}
