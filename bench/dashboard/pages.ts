import type { Store } from '@minwon-ux/collector';
import {
  archivedForms,
  archivedInsights,
  archivedMenus,
  compareChange,
  DEFAULT_SCORECARD_TARGETS,
  type QueryFilters,
  queryEventsPerDay,
  queryOverviewKpis,
  queryPages,
  queryReplaySessions,
  readSiteScorecard,
} from '@minwon-ux/collector/internals';

export type PageQueries = (store: Store, f: QueryFilters) => Promise<unknown>;

/** What each dashboard page asks the API for, as the API routes run it. */
export const DASHBOARD_PAGES: Record<string, PageQueries> = {
  overview: async (s, f) => [await queryOverviewKpis(s, f), await queryEventsPerDay(s, f)],
  insights: (s, f) => archivedInsights(s, f),
  menus: (s, f) => archivedMenus(s, f),
  forms: (s, f) => archivedForms(s, f),
  pages: (s, f) => queryPages(s, f),
  compare: (s, f) =>
    compareChange(
      s,
      {
        id: 'bench',
        changedOn: midpoint(f.from, f.to),
        scope: 'field',
        target: 'apply/phone',
        description: '',
        createdBy: '',
      },
      { site: f.site, device: f.device, days: 14 },
    ),
  replays: (s, f) => queryReplaySessions(s, f),
  scorecard: (s, f) =>
    readSiteScorecard(s, { site: f.site, from: f.from, to: f.to, interval: 'week' }, DEFAULT_SCORECARD_TARGETS),
};

function midpoint(from: string, to: string): string {
  const t = (Date.parse(from) + Date.parse(to)) / 2;
  return new Date(t).toISOString().slice(0, 10);
}
