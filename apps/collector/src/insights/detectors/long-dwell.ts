import type { Store } from '../../store/create-store.ts';
import { filterParams, ROLLUP_FILTER, runQuery } from '../../store/query.ts';
import { makeInsight } from '../make-insight.ts';
import { SESSION_ROWS } from '../session-rows.ts';
import type { Insight, QueryFilters } from '../types.ts';

/** The session's first progress (form_submit/form_success, ms) at or after the dwell's start. */
export const NEXT_PROGRESS = 'arrayMin(arrayFilter(p -> p >= dwell.4, progress_all))';

/**
 * Whether one dwell (path, engaged_ms, end ms, start ms) stalled: ≥ 60 s engaged and no progress
 * (NEXT_PROGRESS) until 10 s after leaving.
 */
export const STALLED = `dwell.2 >= 60000 AND (${NEXT_PROGRESS} = 0 OR ${NEXT_PROGRESS} > dwell.3 + 10000)`;

/** Every page dwell of the sessions (and days) in `rows` as `dwell`, next to the session's `progress_all`. */
export function pageDwells(rows: string): string {
  return `SELECT day, device, session_id, progress_all, dwell
  FROM (SELECT day, device, session_id, dwells_all, progress_all FROM (${rows}) WHERE length(dwells_all) > 0)
  ARRAY JOIN dwells_all AS dwell`;
}

/**
 * Page dwells on form pages (paths where a form starts or is submitted) with engaged time ≥ 60 s and
 * no progress (form_submit, form_success) from the page's start to 10 s after leaving it, from
 * `session_facts` (one row per session, SESSION_ROWS).
 */
export const LONG_DWELL_SQL = `
WITH ${STALLED} AS stalled
SELECT dwell.1 AS path, uniqExact(session_id) AS dwell_sessions,
       uniqExactIf(session_id, stalled) AS stalled_sessions,
       round(medianIf(dwell.2, stalled)) AS stalled_engaged_p50, round(median(dwell.2)) AS engaged_p50,
       arraySlice(arraySort(groupUniqArrayIf(20)(session_id, stalled)), 1, 5) AS examples
FROM (${pageDwells(SESSION_ROWS)})
WHERE dwell.1 IN (SELECT arrayJoin(groupUniqArrayArray(form_paths)) FROM minwon_ux.session_facts WHERE ${ROLLUP_FILTER})
GROUP BY path
HAVING stalled_sessions > 0
ORDER BY stalled_sessions DESC, path`;

export interface LongDwellRow {
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
  return longDwellInsights(await runQuery<LongDwellRow>(store, LONG_DWELL_SQL, filterParams(f)));
}

/** The insights `LONG_DWELL_SQL` rows make (shared with the archive). */
export function longDwellInsights(rows: LongDwellRow[]): Insight[] {
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
