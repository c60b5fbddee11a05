import {
  type AgencyScorecardResponse,
  type AgencyScorecardSite,
  SCORECARD_INTERVALS,
  type ScorecardResponse,
  type ScorecardTargets,
} from '@minwon-ux/api-contract';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { isSystemAdmin } from '../auth/scope.ts';
import { assertSiteAccess, getScope, requireRole } from '../http/access.ts';
import { ApiError } from '../http/api-error.ts';
import type { SiteRegistry } from '../sites/site-registry.ts';
import type { Store } from '../store/create-store.ts';
import { buildTotal } from './build-scorecard.ts';
import { type DigestConfig, loadDigestConfig } from './digest/digest-config.ts';
import { createDigestRoutes } from './digest/digest-routes.ts';
import { formulaOf } from './formula.ts';
import { scorecardCsv } from './scorecard-csv.ts';
import { queryScorecardRows } from './scorecard-query.ts';
import { readSiteScorecard } from './site-scorecard.ts';
import { mergeTargets, readTargets, targetsOverrideSchema, writeTargets } from './targets-store.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const querySchema = z.object({
  from: day.optional(),
  to: day.optional(),
  interval: z.string().default('month'),
  format: z.enum(['json', 'csv']).optional(),
});
const DAY_MS = 86_400_000;

export interface ScorecardRouteDeps {
  store: Store;
  sites: SiteRegistry;
  /** The monthly digest's settings (`SMTP_URL`, …); without them, no mail is configured. */
  digest?: DigestConfig | undefined;
  /** `MINWON_INSIGHTS_MAX_AGE_SECONDS`: how long the forms' titles (page chrome) are reused. */
  chromeMaxAgeMs?: number | undefined;
  now?: () => number;
}

/**
 * The scorecard API (issue 16), mounted under `/api`:
 * - `GET sites/:site/scorecard?from&to&interval=week|month[&format=csv]` (or `Accept: text/csv`);
 * - `GET agencies/:agency/scorecard?from&to` — the agency's sites ranked by score;
 * - `GET|PUT agencies/:agency/scorecard-targets` — the agency's targets (PUT: its admins);
 * - `GET|PUT scorecard/digest`, `POST scorecard/digest/send` — the monthly digest (digest/digest-routes.ts).
 * Bad parameters (unknown interval, from > to, a range beyond the site's retention) answer 400;
 * without `from`/`to` the range is the last 28 days up to today, without `interval` months.
 *
 * @example
 * app.route('/api', createScorecardRoutes({ store, sites }));
 */
export function createScorecardRoutes({
  store,
  sites,
  digest = loadDigestConfig({}),
  chromeMaxAgeMs,
  now = Date.now,
}: ScorecardRouteDeps) {
  const app = new Hono();
  app.route('/', createDigestRoutes({ store, sites, config: digest, now }));

  app.get('/sites/:site/scorecard', async (c) => {
    const site = assertSiteAccess(c, c.req.param('site'));
    const retentionDays = sites.get(site)?.retentionDays ?? 365;
    const q = readRange(c, retentionDays, now());
    const targets = await readTargets(store, sites.get(site)?.agency ?? '');
    const card = await readSiteScorecard(store, { site, ...q }, targets, chromeMaxAgeMs);
    if (q.format === 'csv' || (!q.format && (c.req.header('accept') ?? '').includes('text/csv'))) {
      c.header('content-disposition', `attachment; filename="scorecard-${site}-${q.from}-${q.to}.csv"`);
      return c.body(scorecardCsv(card), 200, { 'content-type': 'text/csv; charset=utf-8' });
    }
    return c.json(card satisfies ScorecardResponse);
  });

  app.get('/agencies/:agency/scorecard', async (c) => {
    const agency = assertAgencyAccess(c, c.req.param('agency'));
    const own = sites.list().filter((s) => s.agency === agency && getScope(c).siteKeys.has(s.key));
    // the longest retention of the agency's sites bounds the range; a site keeping less shows what it has
    const retention = Math.max(...own.map((s) => s.retentionDays), 1);
    const q = readRange(c, retention, now());
    const targets = await readTargets(store, agency);
    const scored: AgencyScorecardSite[] = [];
    for (const s of own) {
      // one site after the other: the embedded store runs one query at a time
      const rows = await queryScorecardRows(store, { site: s.key, from: q.from, to: q.to, interval: 'month' });
      const { score, band, unscored, criteria, sessions } = buildTotal(rows, q, targets);
      scored.push({ site: s.key, name: s.name, sessions, score, band, unscored, criteria, rank: null });
    }
    return c.json({
      agency,
      from: q.from,
      to: q.to,
      formula: formulaOf(targets),
      sites: rankSites(scored),
    } satisfies AgencyScorecardResponse);
  });

  app.get('/agencies/:agency/scorecard-targets', async (c) => {
    const agency = assertAgencyAccess(c, c.req.param('agency'));
    return c.json({ agency, targets: await readTargets(store, agency) });
  });

  app.put('/agencies/:agency/scorecard-targets', requireRole('admin'), async (c) => {
    const agency = assertAgencyAccess(c, c.req.param('agency'));
    const body = targetsOverrideSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) {
      throw new ApiError(
        400,
        'invalid_targets',
        'Targets: minSessions ≥ 1, weights 0–100, each criterion { best, worst, minSamples }, repeatErrorWeight 0–1.',
      );
    }
    const targets: ScorecardTargets = mergeTargets(body.data);
    for (const [name, t] of Object.entries(targets.criteria)) {
      if (t.best === t.worst) throw new ApiError(400, 'invalid_targets', `${name}: best and worst must differ.`);
    }
    await writeTargets(store, agency, body.data);
    return c.json({ agency, targets });
  });

  return app;
}

/**
 * Ranks sites by score, best first (1 = best); unscored sites follow, unranked, by sessions.
 *
 * @example
 * rankSites([{ site: 'a', score: 70, … }, { site: 'b', score: 85, … }]); // b rank 1, a rank 2
 */
export function rankSites(sites: AgencyScorecardSite[]): AgencyScorecardSite[] {
  const scored = sites.filter((s) => s.score !== null).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const unscored = sites.filter((s) => s.score === null).sort((a, b) => b.sessions - a.sessions);
  return [...scored.map((s, i) => ({ ...s, rank: i + 1 })), ...unscored];
}

function readRange(c: Context, retentionDays: number, nowMs: number) {
  const parsed = querySchema.safeParse(c.req.query());
  if (!parsed.success) {
    throw new ApiError(400, 'invalid_query', 'from and to must be YYYY-MM-DD dates; format json or csv.');
  }
  const { interval, format } = parsed.data;
  // without a range: the last 28 days up to today (UTC)
  const to = parsed.data.to ?? isoDay(nowMs);
  const from = parsed.data.from ?? isoDay(Date.parse(to) - 27 * DAY_MS);
  if (!(SCORECARD_INTERVALS as readonly string[]).includes(interval)) {
    throw new ApiError(400, 'invalid_interval', 'interval must be week or month.');
  }
  const start = Date.parse(from);
  const end = Date.parse(to);
  if (Number.isNaN(start) || Number.isNaN(end))
    throw new ApiError(400, 'invalid_query', 'from and to must be real dates.');
  if (start > end) throw new ApiError(400, 'invalid_range', 'from must not be after to.');
  const oldest = Math.floor(nowMs / DAY_MS) * DAY_MS - retentionDays * DAY_MS;
  if (start < oldest) {
    throw new ApiError(
      400,
      'range_beyond_retention',
      `from is before the site's retention of ${retentionDays} days: the data is gone.`,
    );
  }
  return { from, to, interval: interval as ScorecardResponse['interval'], format };
}

function isoDay(t: number): string {
  return new Date(Number.isNaN(t) ? 0 : t).toISOString().slice(0, 10);
}

function assertAgencyAccess(c: Context, agency: string): string {
  const scope = getScope(c);
  const system = isSystemAdmin({ role: scope.role, agencyId: scope.agencyId });
  if (scope.agencyId !== agency && !system) throw new ApiError(404, 'agency_not_found', 'No such agency.');
  return agency;
}
