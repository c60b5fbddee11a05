import type { Store } from '../store/create-store.ts';
import { detectAbandonmentFields } from './detectors/abandonment-fields.ts';
import { detectClickHotSpots } from './detectors/click-hot-spots.ts';
import { detectErrorProneFields } from './detectors/error-prone-fields.ts';
import { detectLooksClickable } from './detectors/heatmap/looks-clickable.ts';
import { detectUnseenContent } from './detectors/heatmap/unseen-content.ts';
import { detectLongDwell } from './detectors/long-dwell.ts';
import { markupDetector } from './detectors/markup/detect-markup.ts';
import { detectMenuHunting } from './detectors/menu-hunting.ts';
import { detectMisleadingMenuItems } from './detectors/misleading-menu-items.ts';
import { detectSlowFields } from './detectors/slow-fields.ts';
import { detectStepDropOff } from './detectors/step-drop-off.ts';
import { detectUnusedMenuItems } from './detectors/unused-menu-items.ts';
import { applyLabels } from './labels/apply-labels.ts';
import { queryChromeRows } from './labels/chrome-rows.ts';
import { buildLabelIndex } from './labels/label-index.ts';
import type { Insight, InsightKind, QueryFilters } from './types.ts';

export type Detector = (store: Store, filters: QueryFilters) => Promise<Insight[]>;

/** Every detector by the kind of insight it produces. */
export const DETECTORS: Record<InsightKind, Detector> = {
  error_prone_field: detectErrorProneFields,
  abandonment_field: detectAbandonmentFields,
  slow_field: detectSlowFields,
  menu_hunting: detectMenuHunting,
  misleading_menu_item: detectMisleadingMenuItems,
  unused_menu_item: detectUnusedMenuItems,
  click_hot_spot: detectClickHotSpots,
  long_dwell: detectLongDwell,
  step_drop_off: detectStepDropOff,
  unlabelled_field: markupDetector('unlabelled_field'),
  unlinked_error_message: markupDetector('unlinked_error_message'),
  numeric_keyboard_missing: markupDetector('numeric_keyboard_missing'),
  free_text_date: markupDetector('free_text_date'),
  missing_autocomplete: markupDetector('missing_autocomplete'),
  unmarked_required_field: markupDetector('unmarked_required_field'),
  looks_clickable: detectLooksClickable,
  unseen_content: detectUnseenContent,
};

/** Highest severity first; ties by share, then id, so the order is stable. */
export function rankInsights(insights: Insight[]): Insight[] {
  return [...insights].sort((a, b) => b.severity - a.severity || b.share - a.share || a.id.localeCompare(b.id));
}

/**
 * Runs the detectors (all, or the given kinds) one after another over the rollups and ranks what they
 * find: the reference the insight archive (`archive/`, which the API serves) is tested against.
 *
 * @example
 * const ranked = await detectInsights(store, { site: 'demo', from: '2026-11-01', to: '2026-11-30', device: '' });
 */
export async function detectInsights(
  store: Store,
  filters: QueryFilters,
  kinds: readonly InsightKind[] = Object.keys(DETECTORS) as InsightKind[],
): Promise<Insight[]> {
  const found: Insight[] = [];
  for (const kind of kinds) found.push(...(await DETECTORS[kind](store, filters)));
  return rankInsights(applyLabels(found, buildLabelIndex(await queryChromeRows(store, filters))));
}
