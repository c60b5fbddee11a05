import type { Store } from '../store/create-store.ts';
import { detectFormKinds } from './combined/form-kinds.ts';
import { detectAbandonmentFields } from './detectors/abandonment-fields.ts';
import { detectClickHotSpots } from './detectors/click-hot-spots.ts';
import { detectErrorProneFields } from './detectors/error-prone-fields.ts';
import { detectLongDwell } from './detectors/long-dwell.ts';
import { detectMenuHunting } from './detectors/menu-hunting.ts';
import { detectMisleadingMenuItems } from './detectors/misleading-menu-items.ts';
import { detectSlowFields } from './detectors/slow-fields.ts';
import { detectStepDropOff } from './detectors/step-drop-off.ts';
import { detectUnusedMenuItems } from './detectors/unused-menu-items.ts';
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
};

/** Highest severity first; ties by share, then id, so the order is stable. */
export function rankInsights(insights: Insight[]): Insight[] {
  return [...insights].sort((a, b) => b.severity - a.severity || b.share - a.share || a.id.localeCompare(b.id));
}

/**
 * Kinds that share a source, with the detector that finds them all in one pass over it (the same
 * insights as their per-kind detectors; see `combined/`). Menu hunting, misleading items and long
 * dwell share `session_facts` but stay separate: one query unrolling each session into all three
 * (tried) ran slower in chdb than the three lean queries together.
 */
export const COMBINED_DETECTORS: { kinds: readonly InsightKind[]; detect: Detector }[] = [
  { kinds: ['error_prone_field', 'abandonment_field', 'slow_field', 'step_drop_off'], detect: detectFormKinds },
];

/**
 * Runs the detectors (all, or the given kinds) one after another (the embedded store runs one query
 * at a time anyway) and ranks what they find. When every kind of a combined group is asked for, the
 * group's one-pass detector runs instead of its per-kind detectors.
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
  let rest = [...kinds];
  for (const group of COMBINED_DETECTORS) {
    if (!group.kinds.every((k) => rest.includes(k))) continue;
    found.push(...(await group.detect(store, filters)));
    rest = rest.filter((k) => !group.kinds.includes(k));
  }
  for (const kind of rest) found.push(...(await DETECTORS[kind](store, filters)));
  return rankInsights(found);
}
