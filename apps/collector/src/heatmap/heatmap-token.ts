import { createHmac } from 'node:crypto';
import { HEATMAP_TOKEN_MINUTES } from '@minwon-ux/api-contract';
import { safeEqual } from '../auth/secret-token.ts';
import { ApiError } from '../http/api-error.ts';

/** What an overlay token lets its bearer read: one site's map of one page over one range. */
export interface HeatmapGrant {
  site: string;
  path: string;
  from: string;
  to: string;
  device: string;
}

/** Signs and checks overlay tokens with one server secret. */
export interface HeatmapTokens {
  /** A token for `grant`, working for {@link HEATMAP_TOKEN_MINUTES} minutes from now. */
  mint(grant: HeatmapGrant): { token: string; expiresAt: number };
  /** The grant of a valid token; 401 `invalid_token` when forged or malformed, `token_expired` when late. */
  verify(token: string): HeatmapGrant;
}

const TTL_MS = HEATMAP_TOKEN_MINUTES * 60_000;

/**
 * Overlay tokens (issue 18): `base64url(JSON payload).base64url(HMAC-SHA256(secret, payload))`, the
 * payload holding the grant and its expiry. Stateless, so any collector with the same secret checks
 * them; nothing in them is secret (site key, path, range), only unforgeable.
 *
 * @example
 * const tokens = createHeatmapTokens(secret);
 * const { token } = tokens.mint({ site: 'demo', path: '/apply', from: '2026-11-01', to: '2026-11-30', device: '' });
 * tokens.verify(token).path; // '/apply'
 */
export function createHeatmapTokens(secret: string, now: () => number = Date.now): HeatmapTokens {
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');
  const invalid = () =>
    new ApiError(401, 'invalid_token', 'The heatmap link is not valid. Open it again from the dashboard.');
  return {
    mint(grant) {
      const expiresAt = now() + TTL_MS;
      const { site, path, from, to, device } = grant;
      const payload = Buffer.from(
        JSON.stringify({ s: site, p: path, f: from, t: to, d: device, e: expiresAt }),
      ).toString('base64url');
      return { token: `${payload}.${sign(payload)}`, expiresAt };
    },
    verify(token) {
      const [payload = '', signature = '', extra] = token.split('.');
      if (extra !== undefined || !payload || !safeEqual(signature, sign(payload))) throw invalid();
      let claims: { s?: unknown; p?: unknown; f?: unknown; t?: unknown; d?: unknown; e?: unknown };
      try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      } catch {
        throw invalid(); // signed by us, so never in practice: still no 5xx
      }
      const { s, p, f, t, d, e } = claims;
      if (typeof s !== 'string' || typeof p !== 'string' || typeof f !== 'string' || typeof t !== 'string')
        throw invalid();
      if (typeof d !== 'string' || typeof e !== 'number') throw invalid();
      if (now() > e)
        throw new ApiError(401, 'token_expired', 'The heatmap link has expired. Open it again from the dashboard.');
      return { site: s, path: p, from: f, to: t, device: d };
    },
  };
}
