/**
 * The collector's inner stages, exported for the benchmarks that time them one by one
 * (`@minwon-ux/collector/internals`; bench/ingest, bench/dashboard). Not an API: names here follow the
 * code and may change with it. Tests and benchmarks never import `src/**` by path.
 */
export { archivedForms } from './api/queries/archived-forms.ts';
export { archivedMenus } from './api/queries/archived-menus.ts';
export { queryEventsPerDay } from './api/queries/events-per-day.ts';
export { queryOverviewKpis } from './api/queries/overview-kpis.ts';
export { queryPages } from './api/queries/page-metrics.ts';
export { queryReplaySessions } from './api/queries/replay-sessions.ts';
export { describeUserAgent } from './ingest/client-context.ts';
export { assertNestingDepth, toWellFormedJson } from './ingest/json-guards.ts';
export { RecentIds } from './ingest/recent-ids.ts';
export { VisitorHasher } from './ingest/visitor-hasher.ts';
export { archivedInsights } from './insights/archive/archived-insights.ts';
export { compareChange } from './insights/changes/compare-change.ts';
export { DEFAULT_SCORECARD_TARGETS } from './scorecard/formula.ts';
export { readSiteScorecard } from './scorecard/site-scorecard.ts';
export { drainSegment } from './spool/drain-segment.ts';
export { encodeRecord } from './spool/segment-codec.ts';
export { withDatabase } from './store/create-store.ts';
export type { QueryFilters } from './store/query.ts';
