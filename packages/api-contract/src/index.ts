/**
 * The one typed contract between the collector's JSON API and the dashboard.
 *
 * Each area has one file with the response (and request) shapes of its routes and the constants
 * the dashboard shows (thresholds, labels). The collector's handlers return `c.json(body satisfies
 * XResponse)`; the dashboard imports the same types (`import type`) and never writes its own copy.
 * Types only and plain constants: no runtime dependency, safe for the browser bundle.
 *
 * @example
 * import type { SitesResponse } from '@minwon-ux/api-contract';
 */
export * from './accounts.ts';
export * from './benchmarks.ts';
export * from './changes.ts';
export * from './event-kinds.ts';
export * from './evidence.ts';
export * from './forms.ts';
export * from './heatmap.ts';
export * from './insights.ts';
export * from './journeys.ts';
export * from './menus.ts';
export * from './overview.ts';
export * from './pages.ts';
export * from './replays.ts';
export * from './scorecard.ts';
export * from './sites.ts';
