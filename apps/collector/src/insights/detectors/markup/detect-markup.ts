import type { Insight, MarkupInsightKind } from '@minwon-ux/api-contract';
import type { Store } from '../../../store/create-store.ts';
import { queryChromeRows } from '../../labels/chrome-rows.ts';
import { buildLabelIndex } from '../../labels/label-index.ts';
import type { QueryFilters } from '../../types.ts';
import { markupInsights } from './markup-findings.ts';
import { queryFieldBehaviours } from './markup-inputs.ts';

/**
 * The reference detector of one markup-aware kind over the rollups and `form_chrome` (three queries;
 * the insights page reads the same figures from the insight archive beside one chrome read).
 *
 * @example
 * const found = await markupDetector('free_text_date')(store, filters);
 */
export function markupDetector(kind: MarkupInsightKind) {
  return async function detectMarkup(store: Store, f: QueryFilters): Promise<Insight[]> {
    const [chrome, behaviours] = await Promise.all([queryChromeRows(store, f), queryFieldBehaviours(store, f)]);
    if (chrome.length === 0) return [];
    return markupInsights(chrome, behaviours, buildLabelIndex(chrome)).filter((i) => i.kind === kind);
  };
}
