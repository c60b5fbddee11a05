import { FIELD_THRESHOLDS } from '@minwon-ux/api-contract';
import type { Store } from '../../store/create-store.ts';
import { filterParams, ROLLUP_FILTER, runQuery } from '../../store/query.ts';
import { makeInsight } from '../make-insight.ts';
import { TOP_FIELD_MESSAGES_JOIN } from '../query.ts';
import { shareOf } from '../severity.ts';
import type { Insight, QueryFilters } from '../types.ts';

/** Error sessions per field over the form's starters, with repeats and the top 3 messages. */
export const ERROR_PRONE_FIELDS_SQL = `
SELECT f.form_id AS form_id, f.field_id AS field_id, f.error_sessions AS error_sessions, f.errors AS errors,
       f.repeat_errors AS repeat_errors, greatest(f.touched, ifNull(s.starters, 0)) AS population, m.top AS top_messages
FROM (
  SELECT form_id, field_id, sum(length(error_hashes)) AS error_sessions, sum(length(touched_hashes)) AS touched,
         sum(errors) AS errors, sum(repeat_errors) AS repeat_errors
  FROM minwon_ux.daily_fields FINAL WHERE ${ROLLUP_FILTER}
  GROUP BY form_id, field_id HAVING errors > 0
) AS f
LEFT JOIN (
  SELECT form_id, sum(length(start_hashes)) AS starters
  FROM minwon_ux.daily_forms FINAL WHERE ${ROLLUP_FILTER} AND step = 0 GROUP BY form_id
) AS s ON s.form_id = f.form_id
${TOP_FIELD_MESSAGES_JOIN}
ORDER BY error_sessions DESC, form_id, field_id`;

export interface ErrorProneFieldRow {
  form_id: string;
  field_id: string;
  error_sessions: number;
  errors: number;
  repeat_errors: number;
  population: number;
  top_messages: [string, string, number][];
}

/** A field is error-prone when ≥ 5 sessions and ≥ 15 % of the form's starters saw an error on it. */
export const ERROR_PRONE_MIN_SESSIONS = 5;
export const ERROR_PRONE_MIN_RATE = FIELD_THRESHOLDS.errorProneMinRate;

/**
 * Finds fields where many citizens see validation errors (WCAG 3.3.1, 3.3.3).
 *
 * @example
 * const insights = await detectErrorProneFields(store, { site: 'demo', from: '2026-11-01', to: '2026-11-30', device: '' });
 */
export async function detectErrorProneFields(store: Store, f: QueryFilters): Promise<Insight[]> {
  return errorProneFieldInsights(await runQuery<ErrorProneFieldRow>(store, ERROR_PRONE_FIELDS_SQL, filterParams(f)));
}

/** The insights `ERROR_PRONE_FIELDS_SQL` rows make (shared with the insight archive). */
export function errorProneFieldInsights(rows: ErrorProneFieldRow[]): Insight[] {
  return rows
    .filter(
      (r) =>
        r.error_sessions >= ERROR_PRONE_MIN_SESSIONS && shareOf(r.error_sessions, r.population) >= ERROR_PRONE_MIN_RATE,
    )
    .map((r) => {
      const rate = shareOf(r.error_sessions, r.population);
      const top = r.top_messages.map(([kind, message, n]) => ({ kind, message, errors: Number(n) }));
      const topKind = top[0]?.kind ?? '';
      const field = `${r.form_id} › ${r.field_id}`;
      return makeInsight('error_prone_field', [r.form_id, r.field_id], {
        title: { ko: `입력 오류가 잦은 항목: ${field}`, en: `Error-prone field: ${field}` },
        target: { formId: r.form_id, fieldId: r.field_id },
        affectedSessions: r.error_sessions,
        population: r.population,
        evidence: {
          chart: 'forms.errors',
          metrics: {
            errorRate: rate,
            errors: r.errors,
            repeatErrors: r.repeat_errors,
            errorsPerSession: Math.round((r.errors / Math.max(1, r.error_sessions)) * 100) / 100,
            topKind,
          },
          details: { topMessages: top },
        },
        recommendation: recommendErrorField(field, topKind, top[0]?.message ?? ''),
      });
    });
}

function recommendErrorField(field: string, kind: string, message: string): Insight['recommendation'] {
  const format = ['pattern_mismatch', 'type_mismatch', 'bad_input', 'too_short', 'too_long'].includes(kind);
  const ko = format
    ? `'${field}' 항목은 형식 오류가 가장 많습니다("${message}"). 하이픈·공백 등 흔한 입력 형식을 그대로 받아 서버에서 정규화하고, 입력 형식 예시를 라벨 옆 도움말로 미리 보여 주세요(KRDS 입력 필드·도움말 텍스트, WCAG 3.3.2). 오류가 나면 무엇을 어떻게 고칠지 구체적으로 안내하세요(WCAG 3.3.1, 3.3.3).`
    : `'${field}' 항목에서 오류가 자주 납니다("${message}"). 필수 여부를 라벨에 명시하고(WCAG 3.3.2), 오류 메시지는 항목 바로 아래에 원인과 해결 방법을 함께 보여 주세요(KRDS 오류 상태, WCAG 3.3.1, 3.3.3). 이미 받은 정보는 다시 묻지 마세요(WCAG 3.3.7).`;
  const en = format
    ? `'${field}' fails most often on format ("${message}"). Accept the common ways people type it (hyphens, spaces) and normalise on the server; show a format example next to the label as hint text (KRDS text input with hint, WCAG 3.3.2). When it fails, say exactly what to change (WCAG 3.3.1, 3.3.3).`
    : `'${field}' produces frequent errors ("${message}"). Mark required fields in the label (WCAG 3.3.2), show the cause and the fix right below the field (KRDS error state, WCAG 3.3.1, 3.3.3), and do not ask again for information already given (WCAG 3.3.7).`;
  return {
    ko,
    en,
    basis: format
      ? ['KRDS text input + hint', 'WCAG 3.3.1', 'WCAG 3.3.2', 'WCAG 3.3.3']
      : ['KRDS error state', 'WCAG 3.3.1', 'WCAG 3.3.2', 'WCAG 3.3.3', 'WCAG 3.3.7'],
  };
}
