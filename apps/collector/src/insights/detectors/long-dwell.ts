import type { Store } from '../../store/create-store.ts';
import { makeInsight } from '../make-insight.ts';
import { filterParams, ROLLUP_FILTER, runQuery } from '../query.ts';
import { SESSION_ROWS } from '../session-rows.ts';
import type { Insight, QueryFilters } from '../types.ts';

/**
 * Whether one dwell (path, engaged_ms, end ms, start ms) stalled: ≥ 60 s engaged and no progress
 * (the session's first form_submit/form_success at or after the page's start) until 10 s after leaving.
 */
const STALLED = `dwell.2 >= 60000 AND (next_progress = 0 OR next_progress > dwell.3 + 10000)`;

/**
 * Page dwells on form pages (paths where a form starts or is submitted) with engaged time ≥ 60 s and
 * no progress (form_submit, form_success) from the page's start to 10 s after leaving it, from
 * `session_facts` (one row per session, SESSION_ROWS).
 */
export const LONG_DWELL_SQL = `
WITH arrayMin(arrayFilter(p -> p >= dwell.4, progress_all)) AS next_progress, ${STALLED} AS stalled
SELECT dwell.1 AS path, uniqExact(session_id) AS dwell_sessions,
       uniqExactIf(session_id, stalled) AS stalled_sessions,
       round(medianIf(dwell.2, stalled)) AS stalled_engaged_p50, round(median(dwell.2)) AS engaged_p50,
       arraySlice(arraySort(groupUniqArrayIf(20)(session_id, stalled)), 1, 5) AS examples
FROM (
  SELECT session_id, dwells_all, progress_all FROM (${SESSION_ROWS}) WHERE length(dwells_all) > 0
)
ARRAY JOIN dwells_all AS dwell
WHERE dwell.1 IN (SELECT arrayJoin(groupUniqArrayArray(form_paths)) FROM minwon_ux.session_facts WHERE ${ROLLUP_FILTER})
GROUP BY path
HAVING stalled_sessions > 0
ORDER BY stalled_sessions DESC, path`;

interface Row {
  path: string;
  dwell_sessions: number;
  stalled_sessions: number;
  stalled_engaged_p50: number;
  engaged_p50: number;
  examples: string[];
}

/** A page stalls people when ≥ 5 sessions and ≥ 10 % of its dwelling sessions stall there. */
export const LONG_DWELL_MIN_SESSIONS = 5;
export const LONG_DWELL_MIN_SHARE = 0.1;

/**
 * Finds form pages where people spend long engaged time without moving forward.
 *
 * @example
 * await detectLongDwell(store, filters);
 */
export async function detectLongDwell(store: Store, f: QueryFilters): Promise<Insight[]> {
  const rows = await runQuery<Row>(store, LONG_DWELL_SQL, filterParams(f));
  return rows
    .filter(
      (r) =>
        r.stalled_sessions >= LONG_DWELL_MIN_SESSIONS && r.stalled_sessions / r.dwell_sessions >= LONG_DWELL_MIN_SHARE,
    )
    .map((r) => {
      const insight = makeInsight('long_dwell', [r.path], {
        title: { ko: `오래 머물지만 진행하지 못하는 페이지: ${r.path}`, en: `Long dwell without progress: ${r.path}` },
        target: { path: r.path },
        affectedSessions: r.stalled_sessions,
        population: r.dwell_sessions,
        evidence: {
          chart: 'pages.dwell',
          metrics: {
            stalledEngagedMedianMs: r.stalled_engaged_p50,
            engagedMedianMs: r.engaged_p50,
            dwellSessions: r.dwell_sessions,
          },
        },
        recommendation: {
          ko: `${r.path}에서 1분 넘게 머문 뒤 다음 단계로 가지 못하는 사람이 많습니다. 이 단계에서 해야 할 일과 준비물을 화면 위쪽에 짧게 안내하고(KRDS 단계 표시기·안내 문구, WCAG 3.3.2), 막히는 항목에는 도움말과 예시를 두며, 문의 채널을 보이게 하세요(WCAG 3.2.6 일관된 도움).`,
          en: `Many people stay over a minute on ${r.path} and then do not move on. State what this step needs and what to prepare at the top (KRDS step indicator and guidance, WCAG 3.3.2), add hints and examples where people stall, and keep a help channel visible (WCAG 3.2.6 Consistent Help).`,
          basis: ['KRDS step indicator', 'WCAG 3.3.2', 'WCAG 3.2.6'],
        },
      });
      return { ...insight, exampleSessions: r.examples.map((sessionId) => ({ sessionId, replay: false })) };
    });
}
