import { DIGEST_LANGS, type DigestSendResponse, type DigestStateResponse } from '@minwon-ux/api-contract';
import { Hono } from 'hono';
import { z } from 'zod';
import { isSystemAdmin } from '../../auth/scope.ts';
import { findUserById } from '../../auth/user-store.ts';
import { getScope, requireRole } from '../../http/access.ts';
import { ApiError } from '../../http/api-error.ts';
import type { SiteRegistry } from '../../sites/site-registry.ts';
import type { Store } from '../../store/create-store.ts';
import type { DigestConfig } from './digest-config.ts';
import { listSubscriptions, saveSubscription } from './digest-store.ts';
import { sendDigests } from './send-digest.ts';

const bodySchema = z.strictObject({ subscribed: z.boolean(), lang: z.enum(DIGEST_LANGS).optional() });

/**
 * The monthly digest API under `/api`: `GET|PUT scorecard/digest` (the caller's own subscription;
 * `mailConfigured: false` says no `SMTP_URL` is set, and then PUT answers 409) and
 * `POST scorecard/digest/send` (admins: send last month's digest to every subscriber now).
 *
 * @example
 * app.route('/api', createDigestRoutes({ store, sites, config }));
 */
export function createDigestRoutes(deps: {
  store: Store;
  sites: SiteRegistry;
  config: DigestConfig;
  now?: () => number;
}) {
  const { store, config } = deps;
  const app = new Hono();
  const state = async (userId: string, siteKeys: ReadonlySet<string>): Promise<DigestStateResponse> => {
    const [sub] = await listSubscriptions(store, userId);
    const user = await findUserById(store, userId);
    return {
      mailConfigured: !!config.smtpUrl,
      subscribed: sub?.subscribed ?? false,
      email: user?.email ?? '',
      sites: [...siteKeys].sort(),
      lastMonth: sub?.lastMonth || null,
      lang: sub?.lang ?? 'ko',
    };
  };
  app.get('/scorecard/digest', async (c) => {
    const scope = getScope(c);
    return c.json((await state(scope.userId, scope.siteKeys)) satisfies DigestStateResponse);
  });
  app.put('/scorecard/digest', async (c) => {
    const scope = getScope(c);
    if (!config.smtpUrl) {
      throw new ApiError(409, 'mail_not_configured', 'No mail server is configured (SMTP_URL): nothing can be sent.');
    }
    const body = bodySchema.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) {
      throw new ApiError(400, 'invalid_subscription', 'Send { "subscribed": true|false, "lang"?: "ko"|"en" }.');
    }
    const [sub] = await listSubscriptions(store, scope.userId);
    await saveSubscription(store, {
      userId: scope.userId,
      subscribed: body.data.subscribed,
      lastMonth: sub?.lastMonth ?? '',
      lang: body.data.lang ?? sub?.lang ?? 'ko',
    });
    return c.json((await state(scope.userId, scope.siteKeys)) satisfies DigestStateResponse);
  });
  app.post('/scorecard/digest/send', requireRole('admin'), async (c) => {
    // it mails every agency's subscribers, so only the operators (system admins) may send it at once
    if (!isSystemAdmin(c.get('authUser')))
      throw new ApiError(403, 'forbidden', 'Only a system admin can send the digest to every subscriber now.');
    const origin = new URL(c.req.url).origin;
    const r = await sendDigests({ ...deps, dashboardUrl: origin }, { force: true });
    return c.json(r satisfies DigestSendResponse);
  });
  return app;
}
