import type { Store } from '@minwon-ux/collector';
import { archivedForms } from '../../apps/collector/src/api/queries/archived-forms.ts';
import { archivedMenus } from '../../apps/collector/src/api/queries/archived-menus.ts';
import { queryEventsPerDay } from '../../apps/collector/src/api/queries/events-per-day.ts';
import { queryOverviewKpis } from '../../apps/collector/src/api/queries/overview-kpis.ts';
import { queryPages } from '../../apps/collector/src/api/queries/page-metrics.ts';
import { queryReplaySessions } from '../../apps/collector/src/api/queries/replay-sessions.ts';
import { archivedInsights } from '../../apps/collector/src/insights/archive/archived-insights.ts';
import { compareChange } from '../../apps/collector/src/insights/changes/compare-change.ts';
import type { QueryFilters } from '../../apps/collector/src/insights/types.ts';

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
};

function midpoint(from: string, to: string): string {
  const t = (Date.parse(from) + Date.parse(to)) / 2;
  return new Date(t).toISOString().slice(0, 10);
}
