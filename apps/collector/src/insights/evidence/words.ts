import type { EvidenceMetric, Localized, MetricUnit } from '@minwon-ux/api-contract';

/** The same text in both languages (numbers, percentages, ids). */
export const both = (text: string): Localized => ({ ko: text, en: text });

/**
 * A duration as people say it: 5.6초 / 5.6 s under a minute, 1분 35초 / 1 min 35 s above.
 *
 * @example
 * seconds(5629); // { ko: '5.6초', en: '5.6 s' }
 */
export function seconds(ms: number): Localized {
  if (!Number.isFinite(ms)) return both('—');
  if (ms < 60_000) {
    const s = (ms / 1000).toFixed(1);
    return { ko: `${s}초`, en: `${s} s` };
  }
  const m = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return { ko: `${m}분 ${s}초`, en: `${m} min ${s} s` };
}

/** 0.423 → '42.3%' */
export const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

/** 12345 → '12,345' */
export const count = (n: number): string => Math.round(n).toLocaleString('en-US');

/** 6.23 → '6.2' (one decimal, for "× times") */
export const times = (ratio: number): string => (Math.round(ratio * 10) / 10).toString();

/**
 * One evidence fact; `value` of the raw metric, read by `unit`.
 *
 * @example
 * fact('errors', 42, 'count', { ko: '오류 횟수', en: 'Errors' });
 */
export function fact(
  key: string,
  value: number | string,
  unit: MetricUnit,
  label: Localized,
  meaning?: Localized,
): EvidenceMetric {
  return meaning ? { key, value, unit, label, meaning } : { key, value, unit, label };
}

/**
 * A fact whose value is words (unit `text`): `value` keeps the raw string, `text` how it reads.
 *
 * @example
 * textFact('topKind', 'pattern_mismatch', { ko: '가장 흔한 오류 유형', en: 'Most frequent error type' }, { ko: '입력 형식 불일치', en: 'format not matched' });
 */
export function textFact(
  key: string,
  value: string,
  label: Localized,
  text: Localized,
  meaning?: Localized,
): EvidenceMetric {
  return { ...fact(key, value, 'text', label, meaning), text };
}

/** A metric of an insight as a number (0 when absent or not a number). */
export function num(metrics: Record<string, number | string>, key: string): number {
  const value = Number(metrics[key]);
  return Number.isFinite(value) ? value : 0;
}
