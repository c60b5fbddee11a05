import { FIELD_THRESHOLDS, type Insight } from '@minwon-ux/api-contract';
import type { Described } from './described.ts';
import { both, count, fact, num, percent, seconds, textFact, times } from './words.ts';

/** The field as citizens see it (its label from the page chrome), else its id. */
const fieldName = (insight: Insight) => insight.labels?.field ?? insight.target.fieldId ?? '';

interface FieldMedians {
  fieldId: string;
  hesitationMedianMs: number;
  focusMedianMs: number;
}

/** Slow field: how long before typing and in the field, against the form's other fields. */
export function describeSlowField(insight: Insight): Described {
  const m = insight.evidence.metrics;
  const hesitation = num(m, 'hesitationMedianMs');
  const formHesitation = num(m, 'formHesitationMedianMs');
  const focus = num(m, 'focusMedianMs');
  const formFocus = num(m, 'formFocusMedianMs');
  const threshold = num(m, 'hesitationThresholdMs') || FIELD_THRESHOLDS.slowMinMs;
  const fields = ((insight.evidence.details as { fields?: FieldMedians[] } | undefined)?.fields ?? []).filter((f) =>
    Number.isFinite(f.hesitationMedianMs),
  );
  const hesitationRatio = hesitation / Math.max(1, formHesitation);
  return {
    facts: [
      fact(
        'hesitationMedianMs',
        hesitation,
        'ms',
        { ko: '입력을 시작하기까지 (중앙값)', en: 'Time before typing (median)' },
        {
          ko: `이 서식 항목들의 중앙값 ${seconds(formHesitation).ko}의 ${times(hesitationRatio)}배`,
          en: `${times(hesitationRatio)}× the ${seconds(formHesitation).en} median of the form’s fields`,
        },
      ),
      fact(
        'focusMedianMs',
        focus,
        'ms',
        { ko: '항목에 머문 시간 (중앙값)', en: 'Time in the field (median)' },
        {
          ko: `이 서식 항목들의 중앙값 ${seconds(formFocus).ko}의 ${times(focus / Math.max(1, formFocus))}배`,
          en: `${times(focus / Math.max(1, formFocus))}× the form’s ${seconds(formFocus).en}`,
        },
      ),
      fact(
        'slowSessions',
        insight.affectedSessions,
        'sessions',
        { ko: '기준을 넘게 머뭇거린 세션', en: 'Sessions past the threshold' },
        {
          ko: `이 항목을 입력한 ${count(insight.population)}개 세션 중 ${percent(insight.share)} — 기준: ${seconds(threshold).ko} 이상(5초 이상이면서 서식 중앙값의 ${FIELD_THRESHOLDS.slowFactor}배 이상)`,
          en: `${percent(insight.share)} of the ${count(insight.population)} sessions that touched the field — threshold ${seconds(threshold).en} (at least 5 s and ${FIELD_THRESHOLDS.slowFactor}× the form’s median)`,
        },
      ),
    ],
    comparison: {
      title: {
        ko: '입력을 시작하기까지 걸린 시간: 이 항목과 서식의 다른 항목',
        en: 'Time before typing: this field and the form’s others',
      },
      unit: 'ms',
      bars:
        fields.length > 1
          ? fields.map((f, i) => ({
              label: both(i === 0 ? fieldName(insight) : f.fieldId),
              value: f.hesitationMedianMs,
              highlight: i === 0,
              detail: f.fieldId,
            }))
          : [
              { label: both(fieldName(insight)), value: hesitation, highlight: true },
              { label: { ko: '서식 항목들의 중앙값', en: 'Median of the form’s fields' }, value: formHesitation },
            ],
      reference: {
        label: { ko: `기준 ${seconds(threshold).ko}`, en: `threshold ${seconds(threshold).en}` },
        value: threshold,
      },
    },
  };
}

interface TopMessage {
  kind: string;
  message: string;
  errors: number;
}

const ERROR_KINDS: Record<string, { ko: string; en: string }> = {
  value_missing: { ko: '필수 항목 비어 있음', en: 'required but empty' },
  type_mismatch: { ko: '형식이 맞지 않음', en: 'wrong type' },
  pattern_mismatch: { ko: '입력 형식(패턴) 불일치', en: 'format (pattern) not matched' },
  too_short: { ko: '너무 짧음', en: 'too short' },
  too_long: { ko: '너무 김', en: 'too long' },
  range_underflow: { ko: '허용 범위보다 작음', en: 'below the allowed range' },
  range_overflow: { ko: '허용 범위보다 큼', en: 'above the allowed range' },
  step_mismatch: { ko: '허용 단위가 아님', en: 'not an allowed step' },
  bad_input: { ko: '읽을 수 없는 입력', en: 'unreadable input' },
  custom: { ko: '사이트 자체 검사', en: 'the site’s own check' },
  server: { ko: '서버에서 거부', en: 'refused by the server' },
};

/** An error kind as a designer reads it. */
export const errorKindWords = (kind: string) => ERROR_KINDS[kind] ?? both(kind);

/** Error-prone field: how many had errors, how often again, and the messages they saw. */
export function describeErrorProneField(insight: Insight): Described {
  const m = insight.evidence.metrics;
  const top = ((insight.evidence.details as { topMessages?: TopMessage[] } | undefined)?.topMessages ?? []).filter(
    (t) => t.errors > 0,
  );
  const kind = String(m.topKind ?? '');
  return {
    facts: [
      fact(
        'errorRate',
        num(m, 'errorRate'),
        'share',
        { ko: '오류를 겪은 세션 비율', en: 'Sessions with an error' },
        {
          ko: `이 항목을 입력한 ${count(insight.population)}개 세션 중 ${count(insight.affectedSessions)}개 — 기준 ${percent(FIELD_THRESHOLDS.errorProneMinRate)} 이상`,
          en: `${count(insight.affectedSessions)} of the ${count(insight.population)} sessions that touched it — threshold ${percent(FIELD_THRESHOLDS.errorProneMinRate)}`,
        },
      ),
      fact('errors', num(m, 'errors'), 'count', { ko: '오류 횟수', en: 'Errors shown' }),
      fact(
        'repeatErrors',
        num(m, 'repeatErrors'),
        'count',
        { ko: '다시 틀린 횟수', en: 'Errors on a second try or later' },
        { ko: '고친 뒤에도 또 오류가 난 횟수', en: 'errors after the citizen had already tried to fix it' },
      ),
      ...(kind
        ? [
            textFact(
              'topKind',
              kind,
              { ko: '가장 흔한 오류 유형', en: 'Most frequent error type' },
              errorKindWords(kind),
            ),
          ]
        : []),
      ...(top[0]?.message
        ? [
            textFact(
              'topMessage',
              top[0].message,
              { ko: '가장 많이 본 오류 메시지', en: 'Message shown most' },
              both(top[0].message),
              { ko: `${count(top[0].errors)}회 표시`, en: `shown ${count(top[0].errors)} times` },
            ),
          ]
        : []),
    ],
    comparison:
      top.length >= 2
        ? {
            title: { ko: '시민이 본 오류 메시지 (횟수)', en: 'Error messages citizens saw (times shown)' },
            unit: 'count',
            bars: top.map((t, i) => ({
              label: both(t.message || errorKindWords(t.kind).ko),
              value: t.errors,
              highlight: i === 0,
              detail: t.kind,
            })),
          }
        : {
            title: { ko: '오류를 겪은 세션과 그렇지 않은 세션', en: 'Sessions with and without an error' },
            unit: 'sessions',
            bars: [
              { label: { ko: '오류를 겪음', en: 'Had an error' }, value: insight.affectedSessions, highlight: true },
              {
                label: { ko: '오류 없음', en: 'No error' },
                value: Math.max(0, insight.population - insight.affectedSessions),
              },
            ],
          },
  };
}

/** Abandonment field: where the citizens who gave up stopped, against the form's other fields. */
export function describeAbandonmentField(insight: Insight): Described {
  const m = insight.evidence.metrics;
  const abandons = num(m, 'abandons');
  const share = num(m, 'shareOfFormAbandons');
  const formAbandons = share > 0 ? Math.round(abandons / share) : abandons;
  return {
    facts: [
      fact(
        'abandons',
        abandons,
        'sessions',
        { ko: '이 항목에서 신청을 멈춘 세션', en: 'Sessions that gave up at this field' },
        {
          ko: `신청을 시작한 ${count(num(m, 'starters'))}개 세션 중 ${percent(insight.share)}`,
          en: `${percent(insight.share)} of the ${count(num(m, 'starters'))} sessions that started the form`,
        },
      ),
      fact(
        'shareOfFormAbandons',
        share,
        'share',
        { ko: '이 서식의 중단 중 이 항목의 몫', en: 'Share of the form’s abandons' },
        {
          ko: `이 서식에서 멈춘 ${count(formAbandons)}개 세션 중 이 항목에서 멈춘 비율`,
          en: `of the ${count(formAbandons)} sessions that gave up this form, the share that stopped here`,
        },
      ),
    ],
    comparison: {
      title: { ko: '신청을 멈춘 곳: 이 항목과 나머지 항목', en: 'Where people gave up: this field and the rest' },
      unit: 'sessions',
      bars: [
        { label: both(fieldName(insight)), value: abandons, highlight: true },
        { label: { ko: '다른 항목 모두', en: 'All other fields' }, value: Math.max(0, formAbandons - abandons) },
      ],
    },
  };
}
