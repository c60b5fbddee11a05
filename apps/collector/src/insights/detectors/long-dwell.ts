import type { Store } from '../../store/create-store.ts';
import { makeInsight } from '../make-insight.ts';
import { EVENT_FILTER, filterParams, runQuery } from '../query.ts';
import type { Insight, QueryFilters } from '../types.ts';

/** Whether one dwell stalled: ≥ 60 s engaged and no progress until 10 s after leaving. */
const STALLED = `d.engaged_ms >= 60000 AND (p.p_ms = 0 OR p.p_ms > d.end_ms + 10000)`;

/**
 * Page dwells on form pages (paths where a form starts or is submitted) with engaged time ≥ 60 s and
 * no progress (form_submit, form_success) from the page's start to 10 s after leaving it.
 */
export const LONG_DWELL_SQL = `
WITH ${STALLED} AS stalled
SELECT d.path AS path, uniqExact(d.session_id) AS dwell_sessions,
       uniqExactIf(d.session_id, stalled) AS stalled_sessions,
       round(medianIf(d.engaged_ms, stalled)) AS stalled_engaged_p50, round(median(d.engaged_ms)) AS engaged_p50,
       arraySlice(arraySort(groupUniqArrayIf(20)(d.session_id, stalled)), 1, 5) AS examples
FROM (
  SELECT session_id, path, engaged_ms, toUnixTimestamp64Milli(ts) AS end_ms, end_ms - duration_ms AS start_ms
  FROM minwon_ux.events
  WHERE ${EVENT_FILTER} AND kind = 'page_dwell'
    AND path IN (SELECT DISTINCT path FROM minwon_ux.events WHERE ${EVENT_FILTER} AND kind IN ('form_start', 'form_submit'))
) AS d
ASOF LEFT JOIN (
  SELECT session_id, toUnixTimestamp64Milli(ts) AS p_ms FROM minwon_ux.events
  WHERE ${EVENT_FILTER} AND kind IN ('form_submit', 'form_success')
) AS p ON d.session_id = p.session_id AND p.p_ms >= d.start_ms
GROUP BY d.path
HAVING stalled_sessions > 0
ORDER BY stalled_sessions DESC, path
SETTINGS join_use_nulls = 0`;

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
