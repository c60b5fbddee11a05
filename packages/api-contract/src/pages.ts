/** Per-page views, engaged time, frustration and scroll depth. */
export interface PageMetrics {
  path: string;
  views: number;
  sessions: number;
  dwells: number;
  /** Engaged ms at p25, p50, p75, p90 (log-bucket histogram, within ±2.5 %; NaN without dwells). */
  engagedQuantiles: number[];
  quickBacks: number;
  rageClicks: number;
  deadClicks: number;
  /** Page views per scroll-depth bucket (`a_0_25` …). */
  scroll: Record<string, number>;
}

/** Page views per engaged-time bucket (`a_0_5s` …) and per scroll-depth bucket, over all pages. */
export interface PageDistributions {
  dwell: Record<string, number>;
  scroll: Record<string, number>;
}

/** `GET /api/sites/:site/pages[?path]` */
export interface PagesResponse {
  pages: PageMetrics[];
  distributions: PageDistributions;
}
