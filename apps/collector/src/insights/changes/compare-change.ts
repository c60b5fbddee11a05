import type { ChangeComparison, MetricComparison } from '@minwon-ux/api-contract';
import type { Store } from '../../store/create-store.ts';
import { bootstrapMedianDiff, median } from '../statistics/bootstrap.ts';
import { mannWhitneyU } from '../statistics/mann-whitney.ts';
import { twoProportionZTest } from '../statistics/two-proportion.ts';
import { VERDICT_TEXT, verdictOf } from '../statistics/verdict.ts';
import type { Change } from './change-store.ts';
import { queryCompareDurations } from './compare-durations.ts';
import { queryCompareMenuBacks } from './compare-menu-backs.ts';
import { type CompareParams, queryCompareRates } from './compare-rates.ts';
import { compareWindows } from './compare-windows.ts';
import { METRIC_INFO } from './metric-info.ts';

export type { ChangeComparison, MetricComparison };

/**
 * Compares a change's metrics in equal windows before and after its day (default 14 days each) with
 * a two-proportion z-test for rates and Mann–Whitney U (+ bootstrap interval) for durations. The
 * overall verdict is the first metric's (the one the change was meant to move).
 *
 * @example
 * const result = await compareChange(store, change, { site: 'demo', device: '', days: 14 });
 */
export async function compareChange(
  store: Store,
  change: Change,
  { site, device, days = 14 }: { site: string; device: string; days?: number },
): Promise<ChangeComparison> {
  const windows = compareWindows(change.changedOn, days);
  const [form = '', field = ''] = change.scope === 'field' ? change.target.split('/') : [change.target, ''];
  const params: CompareParams = {
    site,
    device,
    scope: change.scope,
    changed: change.changedOn,
    from: windows.before.from,
    to: windows.after.to,
    form,
    field,
    path: change.target,
    menu: change.target,
  };
  const rates =
    change.scope === 'menu' ? await queryCompareMenuBacks(store, params) : await queryCompareRates(store, params);
  const metrics: MetricComparison[] = [];
  const order = Object.keys(METRIC_INFO);
  const rateMetrics = [...new Set(rates.map((r) => r.metric))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  for (const metric of rateMetrics) {
    const get = (period: string) => rates.find((r) => r.metric === metric && r.period === period) ?? { x: 0, n: 0 };
    const b = get('before');
    const a = get('after');
    const t = twoProportionZTest(Number(b.x), Number(b.n), Number(a.x), Number(a.n));
    const info = METRIC_INFO[metric]!;
    metrics.push({
      metric,
      label: info.label,
      type: 'rate',
      direction: info.direction,
      test: 'two-proportion z-test',
      before: { value: t.p1, n: Number(b.n) },
      after: { value: t.p2, n: Number(a.n) },
      diff: t.diff,
      pValue: t.pValue,
      verdict: verdictOf(info.direction, t.diff, t.pValue),
    });
  }
  if (change.scope !== 'menu') {
    const samples = await queryCompareDurations(store, params);
    const metric = `${change.scope}_duration`;
    const info = METRIC_INFO[metric]!;
    const u = mannWhitneyU(samples.before, samples.after);
    const ci = bootstrapMedianDiff(samples.before, samples.after, { iterations: 1000, seed: 1 });
    const diff = Number.isNaN(ci.diff) ? 0 : ci.diff;
    metrics.push({
      metric,
      label: info.label,
      type: 'duration',
      direction: info.direction,
      test: 'Mann–Whitney U',
      before: { value: median(samples.before) || 0, n: samples.before.length },
      after: { value: median(samples.after) || 0, n: samples.after.length },
      diff,
      pValue: u.pValue,
      ...(Number.isNaN(ci.low) ? {} : { interval: { low: ci.low, high: ci.high } }),
      verdict: verdictOf(info.direction, diff, u.pValue),
    });
  }
  const verdict = metrics[0]?.verdict ?? 'no_change';
  const text = VERDICT_TEXT[verdict];
  const lead = metrics[0];
  const summary = lead
    ? {
        ko: `${text.ko}: ${lead.label.ko} ${fmt(lead, lead.before.value)} → ${fmt(lead, lead.after.value)} (p = ${lead.pValue.toFixed(3)})`,
        en: `${text.en}: ${lead.label.en} ${fmt(lead, lead.before.value)} → ${fmt(lead, lead.after.value)} (p = ${lead.pValue.toFixed(3)})`,
      }
    : { ...text };
  return { change, windows, metrics, verdict, summary };
}

function fmt(m: MetricComparison, v: number): string {
  return m.type === 'rate' ? `${(v * 100).toFixed(1)}%` : `${(v / 1000).toFixed(1)}s`;
}
