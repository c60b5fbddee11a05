/**
 * Click maps and scroll maps (issue 18): `GET /api/sites/{key}/heatmap?path&from&to[&device]`
 * (login), the same map for the overlay on the live page (`GET /v1/heatmap?token=`), and the
 * short-lived token the dashboard's "open on site" mints (`POST /api/sites/{key}/heatmap/token`).
 */

/** Where inside an element clicks landed: the centre of a tenth-of-the-box cell (0–1 from the left/top edge). */
export interface HeatmapSpot {
  x: number;
  y: number;
  /** Clicks in that cell. */
  n: number;
}

/** One clicked element of the page, by its stable key. */
export interface HeatmapElement {
  /** The SDK's element key: `data-ux-*` > `#id` > `[name]` > role + accessible name > short path. */
  key: string;
  /** Its visible label (scrubbed); '' when masked or unlabelled. */
  label: string;
  clicks: number;
  /** Distinct sessions that clicked it (rage and dead clicks included). */
  sessions: number;
  /** Rage-click bursts (≥ 3 quick clicks in one place) on it. */
  rage: number;
  /** Dead clicks (nothing happened) on it. */
  dead: number;
  /** Sessions with a dead click on it. */
  deadSessions: number;
  /** Mean depth of the element's top on the page, 0–100 (the scroll-depth scale); null without clicks. */
  depthPct: number | null;
  /** Non-empty cells of the 10 × 10 grid, most clicked first. */
  spots: HeatmapSpot[];
}

/**
 * Share of the page's sessions whose viewport reached `depthPct` % of the page (0, 10, …, 100),
 * each session counted once at the deepest point it scrolled to on the page.
 */
export interface ScrollReach {
  depthPct: number;
  share: number;
}

/** `GET /api/sites/{key}/heatmap` and `GET /v1/heatmap?token=`. */
export interface HeatmapResponse {
  path: string;
  /** Most clicked first (at most {@link HEATMAP_MAX_ELEMENTS}). */
  elements: HeatmapElement[];
  /**
   * Eleven steps, each the share of the page's views whose viewport reached that depth; empty when no
   * page view reported a scroll depth on the page in the range.
   */
  scroll: ScrollReach[];
  /** Page views with a scroll depth on the page (the scroll shares' denominator). */
  scrollViews: number;
  /** The sessions those page views belong to. */
  scrollSessions: number;
  /**
   * `GET /api/sites/{key}/heatmap` only: a session whose masked replay shows the page, to draw the map
   * over its snapshot in the dashboard; null when none was recorded (replay is sampled, off by default).
   */
  replaySession?: string | null;
}

/** `POST /api/sites/{key}/heatmap/token?path&from&to[&device]`: the query parameters. */
export interface HeatmapTokenRequest {
  path: string;
  from: string;
  to: string;
  device?: '' | 'desktop' | 'mobile' | 'tablet';
}

/** `POST /api/sites/{key}/heatmap/token`: open `url` (the site's page with the token in its fragment). */
export interface HeatmapTokenResponse {
  token: string;
  /** ISO time the token stops working. */
  expiresAt: string;
  /** The page on the site's first origin with `#minwon-heatmap=TOKEN`, or null when the site has no origin. */
  url: string | null;
}

/** Elements the heatmap answers at most. */
export const HEATMAP_MAX_ELEMENTS = 200;
/** The URL fragment parameter that carries the overlay token to the live page. */
export const HEATMAP_FRAGMENT = 'minwon-heatmap';
/** Minutes an overlay token works. */
export const HEATMAP_TOKEN_MINUTES = 15;
