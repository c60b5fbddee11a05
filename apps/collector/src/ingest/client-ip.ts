import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * How the collector learns the client IP, used only inside the visitor hash and the per-client rate
 * limit key; never stored, never logged. Without `TRUST_PROXY` the socket address is the client: a
 * spoofed `X-Forwarded-For` is ignored. With it, the last hop of `X-Forwarded-For` (added by the one
 * trusted proxy in front) is.
 *
 * @example
 * createApp({ ...runtime, logger, clientIp: createClientIp({ trustProxy: config.ingest.trustProxy }) });
 */
export function createClientIp({ trustProxy }: { trustProxy: boolean }): (c: Context) => string {
  return function clientIp(c) {
    if (trustProxy) {
      const hops = (c.req.header('x-forwarded-for') ?? '').split(',');
      const last = hops[hops.length - 1]?.trim();
      if (last) return last.slice(0, 64);
    }
    try {
      return getConnInfo(c).remote.address ?? '';
    } catch {
      return ''; // no socket (app.request in tests): every request is the same client
    }
  };
}
