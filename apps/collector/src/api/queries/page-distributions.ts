import { filterParams, ROLLUP_FILTER, runQuery } from '../../insights/query.ts';
import type { QueryFilters } from '../../insights/types.ts';
import type { Store } from '../../store/create-store.ts';

export const PAGE_DISTRIBUTIONS_SQL = `
SELECT sumMap(dwell_buckets) AS dwell, sumMap(scroll_buckets) AS scroll
FROM minwon_ux.daily_pages WHERE ${ROLLUP_FILTER} AND ({path:String} = '' OR page = {path:String})`;

/** Bucket keys sort in display order (`a_0_5s`, `b_5_15s`, …). */
export interface Distributions {
  dwell: Record<string, number>;
  scroll: Record<string, number>;
}

/** Site-wide (or one page's) engaged-time and scroll-depth distributions. */
export async function queryPageDistributions(store: Store, f: QueryFilters, path = ''): Promise<Distributions> {
  const [r] = await runQuery<Distributions>(store, PAGE_DISTRIBUTIONS_SQL, { ...filterParams(f), path });
  return r ?? { dwell: {}, scroll: {} };
}
