import { menuPathSessions, sessionRows } from '../../session-rows.ts';
import { defineSource } from '../source-descriptor.ts';
import { DAYS_FILTER, NO_EXAMPLES, NO_HIST } from './day-filter.ts';

/** `menu_path` rows, key a session's first five menu clicks' labels (as MENU_PATHS_SQL). */
export const MENU_PATH_INPUTS = defineSource(
  { sessions: 'count()' },
  (counts) => `
SELECT day, device, labels AS key, '' AS label, ${counts} AS counts,
       ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b, ${NO_EXAMPLES} AS examples
FROM (${menuPathSessions(sessionRows(DAYS_FILTER))})
GROUP BY day, device, labels`,
);
