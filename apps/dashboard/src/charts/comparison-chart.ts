import type { EvidenceComparison } from '@minwon-ux/api-contract';
import type { Lang } from '../i18n/index.ts';
import { formatMetricValue } from '../ui/metric-format.ts';
import { renderBarChart } from './bar-chart.ts';
import type { ChartFrameOptions } from './frame.ts';

/**
 * An insight's evidence comparison as horizontal bars: the insight's target highlighted beside what
 * it is compared with, values in the reader's units, the reference (threshold, median) dashed. Pure;
 * a comparison without bars still draws one empty-valued bar, so the chart is never a bare axis.
 *
 * @example
 * renderComparison(insight.evidence.comparison, 'ko', { id: 'evidence' });
 */
export function renderComparison(
  comparison: EvidenceComparison,
  lang: Lang,
  options: Omit<ChartFrameOptions, 'title'> = {},
): SVGSVGElement {
  const bars = comparison.bars.length > 0 ? comparison.bars : [{ label: { ko: '자료 없음', en: 'No data' }, value: 0 }];
  return renderBarChart(
    bars.map((b) => ({ label: b.label[lang], value: b.value, highlight: b.highlight ?? false })),
    {
      width: 640,
      labelWidth: 220,
      ...options,
      title: comparison.title[lang],
      format: (v) => formatMetricValue(v, comparison.unit, lang),
      ...(comparison.reference
        ? { reference: { value: comparison.reference.value, label: comparison.reference.label[lang] } }
        : {}),
    },
  );
}
