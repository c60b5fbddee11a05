import * as d3 from 'd3';

/** 0.4213 → '42.1%' */
export const formatPct = (v: number): string => `${(v * 100).toFixed(1)}%`;
/** 1234567 → '1,234,567' */
export const formatNumber = (v: number): string => d3.format(',')(Math.round(v));
/** An ISO time as a short local date and time in the UI language. */
export function formatDateTime(iso: string, lang: 'ko' | 'en'): string {
  return new Date(iso).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
/** 12500 → '12.5s', 95000 → '1m 35s' */
export function formatMs(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  return `${Math.floor(ms / 60_000)}m ${Math.round((ms % 60_000) / 1000)}s`;
}
