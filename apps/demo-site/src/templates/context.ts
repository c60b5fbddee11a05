import type { MenuSection } from '../catalog.ts';
import type { FixFlags } from '../problems.ts';

/** What every page template needs to know about the request and the site's state. */
export interface PageContext {
  /** Origin of the collector that serves `/sdk.js`, without a trailing slash. */
  collectorUrl: string;
  /** `data-site` of the SDK script tag. */
  siteKey: string;
  /** `data-replay` of the SDK script tag (0: no replay). */
  replay: number;
  /** `data-survey="1"` on the SDK script tag. */
  survey?: boolean;
  fixes: FixFlags;
  /** The main menu as shown now (depends on the fixes). */
  menu: readonly MenuSection[];
  /** Path of the page being rendered, for active states. */
  path: string;
}

/** One breadcrumb: the last one is the current page and has no link. */
export interface Crumb {
  label: string;
  href?: string;
}
