import type { SitesResponse } from '@minwon-ux/api-contract';
import { Hono } from 'hono';
import type { InsightsConfig } from '../config.ts';
import type { HeatmapTokens } from '../heatmap/heatmap-token.ts';
import { getScope } from '../http/access.ts';
import type { DigestConfig } from '../scorecard/digest/digest-config.ts';
import { createScorecardRoutes } from '../scorecard/scorecard-routes.ts';
import type { SiteRegistry } from '../sites/site-registry.ts';
import type { Store } from '../store/create-store.ts';
import { createChangeRoutes } from './routes/change-routes.ts';
import { createFormRoutes } from './routes/form-routes.ts';
import { createHeatmapRoutes } from './routes/heatmap-routes.ts';
import { createInsightRoutes } from './routes/insight-routes.ts';
import { createJourneyRoutes } from './routes/journey-routes.ts';
import { createMenuRoutes } from './routes/menu-routes.ts';
import { createOverviewRoutes } from './routes/overview-routes.ts';
import { createPageRoutes } from './routes/page-routes.ts';
import { createReplayRoutes } from './routes/replay-routes.ts';

/**
 * The dashboard's JSON API under `/api`: the user's sites, and per site (`/api/sites/:site/...`)
 * overview, events-over-time, insights, menus, forms, pages, changes + compare, replays, session
 * journeys. Every site
 * handler checks the site against the authenticated scope (`readSiteFilters`/`assertSiteAccess`).
 *
 * @example
 * app.route('/api', createApiRoutes({ store, sites }));
 */
export function createApiRoutes({
  store,
  sites,
  insights,
  heatmapTokens,
  digest,
}: {
  store: Store;
  sites: SiteRegistry;
  insights?: InsightsConfig | undefined;
  /** Overlay links for `POST heatmap/token`; the heatmap routes are mounted only with them. */
  heatmapTokens?: HeatmapTokens | undefined;
  /** The monthly scorecard digest's settings (`SMTP_URL`); no mail server when absent. */
  digest?: DigestConfig | undefined;
}) {
  const app = new Hono();

  app.get('/sites', (c) => {
    const { siteKeys } = getScope(c);
    const visible = sites.list().filter((s) => siteKeys.has(s.key));
    return c.json({ sites: visible.map(({ key, name }) => ({ key, name })) } satisfies SitesResponse);
  });

  const site = new Hono();
  for (const routes of [
    createOverviewRoutes,
    createInsightRoutes,
    createMenuRoutes,
    createFormRoutes,
    createPageRoutes,
    createChangeRoutes,
    createReplayRoutes,
    createJourneyRoutes,
  ]) {
    site.route('/', routes({ store, insights }));
  }
  if (heatmapTokens) site.route('/', createHeatmapRoutes({ store, sites, tokens: heatmapTokens }));
  app.route('/', createScorecardRoutes({ store, sites, digest, chromeMaxAgeMs: insights?.archiveMaxAgeMs }));
  app.route('/sites/:site', site);
  return app;
}
