import type { Store } from '../../store/create-store.ts';
import { rankInsights } from '../detect-insights.ts';
import { abandonmentFieldInsights } from '../detectors/abandonment-fields.ts';
import { clickHotSpotInsights } from '../detectors/click-hot-spots.ts';
import { errorProneFieldInsights } from '../detectors/error-prone-fields.ts';
import { looksClickableInsights } from '../detectors/heatmap/looks-clickable.ts';
import { unseenContentInsights } from '../detectors/heatmap/unseen-content.ts';
import { longDwellInsights } from '../detectors/long-dwell.ts';
import { markupInsights, markupKinds } from '../detectors/markup/markup-findings.ts';
import { archivedFieldBehaviours } from '../detectors/markup/markup-inputs.ts';
import { menuHuntingInsights } from '../detectors/menu-hunting.ts';
import { misleadingMenuItemInsights } from '../detectors/misleading-menu-items.ts';
import { slowFieldInsights } from '../detectors/slow-fields.ts';
import { stepDropOffInsights } from '../detectors/step-drop-off.ts';
import { unusedMenuItemInsights } from '../detectors/unused-menu-items.ts';
import { applyLabels } from '../labels/apply-labels.ts';
import { readChromeRows } from '../labels/chrome-rows.ts';
import { buildLabelIndex } from '../labels/label-index.ts';
import { INSIGHT_KINDS, type Insight, type InsightKind, type QueryFilters } from '../types.ts';
import { archivedInputs, DEFAULT_ARCHIVE_MAX_AGE_MS } from './archived-inputs.ts';
import { looksClickableRows, unseenContentRows } from './heatmap-rows.ts';
import {
  detourRows,
  fieldRows,
  hotSpotRows,
  huntingRow,
  longDwellRows,
  misleadingRows,
  stepRows,
  unusedRows,
} from './input-rows.ts';

export interface ArchivedInsights {
  /** Ranked, as detectInsights ranks them. */
  insights: Insight[];
  /** When the oldest archive run the result rests on ran (ISO time); null when the range has no events. */
  archivedAt: string | null;
}

/**
 * The ranked insights for the filters from the insight archive: the same detectors' figures as
 * `detectInsights`, from each day's archived inputs (archived first where a day is missing or has
 * changed, see `ensureArchived`) in one query. Sessions are counted per day, as the dashboard's daily
 * counts are; medians come from log-bucket histograms (within ±2.5 %).
 *
 * @example
 * const { insights } = await archivedInsights(store, { site: 'demo', from: '2026-11-01', to: '2026-11-30', device: '' });
 */
export async function archivedInsights(
  store: Store,
  filters: QueryFilters,
  kinds: readonly InsightKind[] = INSIGHT_KINDS,
  maxAgeMs = DEFAULT_ARCHIVE_MAX_AGE_MS,
): Promise<ArchivedInsights> {
  // the page chrome (labels, markup) is one small read beside the archive's
  const [{ rows, archivedAt }, chrome] = await Promise.all([
    archivedInputs(store, filters, [], maxAgeMs),
    readChromeRows(store, filters, maxAgeMs),
  ]);
  const labels = buildLabelIndex(chrome);
  const fields = fieldRows(rows);
  const steps = stepRows(rows);
  const hunting = huntingRow(rows);
  const byKind: Record<InsightKind, () => Insight[]> = {
    error_prone_field: () => errorProneFieldInsights(fields.errorProne),
    abandonment_field: () => abandonmentFieldInsights(fields.abandonment),
    slow_field: () => slowFieldInsights(fields.slow),
    step_drop_off: () => stepDropOffInsights(steps),
    menu_hunting: () => (hunting ? menuHuntingInsights(hunting, detourRows(rows)) : []),
    misleading_menu_item: () => misleadingMenuItemInsights(misleadingRows(rows)),
    unused_menu_item: () => unusedMenuItemInsights(unusedRows(rows)),
    click_hot_spot: () => clickHotSpotInsights(hotSpotRows(rows)),
    long_dwell: () => longDwellInsights(longDwellRows(rows)),
    looks_clickable: () => looksClickableInsights(looksClickableRows(rows)),
    unseen_content: () => unseenContentInsights(unseenContentRows(rows)),
    ...markupKinds(() => (chrome.length > 0 ? markupInsights(chrome, archivedFieldBehaviours(rows), labels) : [])),
  };
  const found = kinds.flatMap((kind) => byKind[kind]());
  return { insights: rankInsights(applyLabels(found, labels)), archivedAt };
}
