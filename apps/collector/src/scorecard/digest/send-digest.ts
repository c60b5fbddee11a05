import { createTransport, type Transporter } from 'nodemailer';
import { isSystemAdmin } from '../../auth/scope.ts';
import { findUserById } from '../../auth/user-store.ts';
import type { Logger } from '../../logger.ts';
import type { SiteRegistry } from '../../sites/site-registry.ts';
import type { Store } from '../../store/create-store.ts';
import { readSiteScorecard } from '../site-scorecard.ts';
import { readTargets } from '../targets-store.ts';
import { composeDigest, type DigestSite } from './compose-digest.ts';
import type { DigestConfig } from './digest-config.ts';
import { listSubscriptions, saveSubscription } from './digest-store.ts';

export interface DigestDeps {
  store: Store;
  sites: SiteRegistry;
  config: DigestConfig;
  logger?: Logger;
  /** Where the mail's links point (the collector's public URL). */
  dashboardUrl?: string;
  now?: () => number;
}

/** The month before `now`'s month: the one a digest sent now summarises (YYYY-MM and its days). */
export function previousMonth(now: number): { month: string; from: string; to: string; before: string } {
  const d = new Date(now);
  const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1);
  const last = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 0);
  const beforeFirst = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 2, 1);
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { month: iso(first).slice(0, 7), from: iso(first), to: iso(last), before: iso(beforeFirst) };
}

let transports = new Map<string, Transporter>();

function transportFor(url: string): Transporter {
  let t = transports.get(url);
  if (!t) {
    t = createTransport(url);
    transports.set(url, t);
  }
  return t;
}

/** Closes the pooled SMTP transports (at shutdown). */
export function closeDigestTransports(): void {
  for (const t of transports.values()) t.close();
  transports = new Map();
}

/**
 * Sends last month's scorecard digest to each subscriber over SMTP: `force` sends to every
 * subscriber now (the admin's "send now"), otherwise only to those whose last digest is older than
 * last month (the monthly schedule; a restart never sends a month twice). Returns what happened;
 * without `SMTP_URL` nothing is sent.
 *
 * @example
 * const { sent, failed } = await sendDigests({ store, sites, config }, { force: true });
 */
export async function sendDigests(
  deps: DigestDeps,
  { force = false } = {},
): Promise<{ mailConfigured: boolean; sent: number; failed: number }> {
  const { store, sites, config, logger, now = Date.now } = deps;
  if (!config.smtpUrl) return { mailConfigured: false, sent: 0, failed: 0 };
  const period = previousMonth(now());
  let sent = 0;
  let failed = 0;
  for (const sub of await listSubscriptions(store)) {
    if (!sub.subscribed || (!force && sub.lastMonth >= period.month)) continue;
    const user = await findUserById(store, sub.userId);
    if (!user) continue;
    const own = sites.list().filter((s) => isSystemAdmin(user) || s.agency === user.agencyId);
    if (own.length === 0) continue;
    try {
      const digestSites: DigestSite[] = [];
      for (const s of own) {
        const targets = await readTargets(store, s.agency);
        const card = await readSiteScorecard(
          store,
          { site: s.key, from: period.before, to: period.to, interval: 'month' },
          targets,
        );
        const month = card.periods[card.periods.length - 1];
        if (!month) continue;
        digestSites.push({
          key: s.key,
          name: s.name,
          month,
          previous: card.periods.length > 1 ? card.periods[0] : undefined,
          changes: card.changes.filter((c) => c.at >= period.from),
        });
      }
      const mail = composeDigest(period.month, digestSites, deps.dashboardUrl ?? '', sub.lang);
      await transportFor(config.smtpUrl).sendMail({ from: config.from, to: user.email, ...mail });
      await saveSubscription(store, { ...sub, lastMonth: period.month });
      sent++;
    } catch (err) {
      failed++;
      logger?.warn({ err, userId: sub.userId }, 'scorecard digest not sent');
    }
  }
  return { mailConfigured: true, sent, failed };
}

/**
 * Checks every `checkMs` whether last month's digest is due and sends it. Returns a stop function.
 * Does nothing without `SMTP_URL`.
 *
 * @example
 * const stop = scheduleDigests({ store, sites, config, logger });
 */
export function scheduleDigests(deps: DigestDeps): () => void {
  if (!deps.config.smtpUrl) return () => undefined;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const r = await sendDigests(deps);
      if (r.sent + r.failed > 0) deps.logger?.info(r, 'scorecard digests sent');
    } catch (err) {
      deps.logger?.warn({ err }, 'scorecard digest check failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, deps.config.checkMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    closeDigestTransports();
  };
}
