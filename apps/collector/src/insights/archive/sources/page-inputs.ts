import { DAYS_FILTER, NO_EXAMPLES, NO_HIST } from './day-filter.ts';

/**
 * `page` rows, key [path], for pages that have had a rage or dead click (the click hot spots'
 * populations): counts [visiting sessions] (daily_pages).
 */
export const PAGE_INPUTS_SQL = `
SELECT day, device, [page] AS key, '' AS label, [sum(length(session_hashes))] AS counts,
       ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b, ${NO_EXAMPLES} AS examples
FROM minwon_ux.daily_pages FINAL
WHERE ${DAYS_FILTER} AND page IN (SELECT path FROM minwon_ux.daily_click_spots WHERE site_id = {site:String})
GROUP BY day, device, page`;
