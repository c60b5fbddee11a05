import type { MetricUnit } from '@minwon-ux/api-contract';
import type { Lang } from '../i18n/index.ts';

/**
 * A metric value as a designer reads it, by unit and language: durations in seconds or minutes,
 * shares in %, multiples with ×, counts with separators.
 *
 * @example
 * formatMetricValue(5629, 'ms', 'ko'); // '5.6초'
 * formatMetricValue(0.176, 'share', 'en'); // '17.6%'
 */
export function formatMetricValue(value: number | string, unit: MetricUnit, lang: Lang): string {
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ms':
      return formatDuration(value, lang);
    case 'share':
      return `${(value * 100).toFixed(1)}%`;
    case 'ratio':
      return `${(Math.round(value * 10) / 10).toString()}×`;
    case 'score':
      return (Math.round(value * 10) / 10).toLocaleString('en-US');
    case 'sessions':
    case 'count':
      return Math.round(value).toLocaleString('en-US');
    default:
      return String(value);
  }
}

/** 5629 → '5.6초' / '5.6 s'; 95000 → '1분 35초' / '1 min 35 s'. */
export function formatDuration(ms: number, lang: Lang): string {
  if (ms < 60_000) return lang === 'ko' ? `${(ms / 1000).toFixed(1)}초` : `${(ms / 1000).toFixed(1)} s`;
  const m = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return lang === 'ko' ? `${m}분 ${s}초` : `${m} min ${s} s`;
}
