import { defineSource } from '../source-descriptor.ts';
import { DAYS_FILTER, NO_EXAMPLES, NO_HIST } from './day-filter.ts';

/** `page` rows, key [path], for pages that have had a rage or dead click (the click hot spots' populations) (daily_pages). */
export const PAGE_INPUTS = defineSource(
  { sessions: 'sum(length(session_hashes))' },
  (counts) => `
SELECT day, device, [page] AS key, '' AS label, ${counts} AS counts,
       ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b, ${NO_EXAMPLES} AS examples
FROM minwon_ux.daily_pages FINAL
WHERE ${DAYS_FILTER} AND page IN (SELECT path FROM minwon_ux.daily_click_spots WHERE site_id = {site:String})
GROUP BY day, device, page`,
);
