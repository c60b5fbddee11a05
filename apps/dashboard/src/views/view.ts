import type { User } from '../api/auth.ts';
import type { Filters, SiteSummary } from '../api/sites.ts';

/** What every view gets: the filters from the URL, the user's sites, and extra path segments. */
export interface ViewContext {
  filters: Filters;
  sites: SiteSummary[];
  user: User;
  /** Path segments after the view name, e.g. the insight id in `#/insights/<id>`. */
  rest: string[];
  params: URLSearchParams;
  /** Navigates to another hash route. */
  go(hash: string): void;
}

/** A view renders into `main` and resolves when its data is shown. */
export type View = (main: HTMLElement, ctx: ViewContext) => Promise<void>;
