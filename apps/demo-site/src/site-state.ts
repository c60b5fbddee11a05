import type { DraftStore } from './application/draft-store.ts';
import { buildMainMenu } from './catalog.ts';
import type { FixState } from './fix-state.ts';
import type { PageContext } from './templates/context.ts';

/** Everything the routes of one demo site share. */
export interface SiteState {
  collectorUrl: string;
  siteKey: string;
  /** `data-replay` of the SDK script tag. */
  replay: number;
  /** `data-survey="1"` on the SDK script tag. */
  survey: boolean;
  fixes: FixState;
  drafts: DraftStore;
  nextReceiptNumber: (at: Date) => string;
  /** Receipt number → time of receipt, for the receipt page (bounded). */
  receipts: Map<string, Date>;
  now: () => Date;
}

/**
 * The template context for one request.
 *
 * @example
 * renderHomePage(pageContext(state, '/'));
 */
export function pageContext(state: SiteState, path: string): PageContext {
  const fixes = state.fixes.get();
  return {
    collectorUrl: state.collectorUrl,
    siteKey: state.siteKey,
    replay: state.replay,
    survey: state.survey,
    fixes,
    menu: buildMainMenu(fixes),
    path,
  };
}
