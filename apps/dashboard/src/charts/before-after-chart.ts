import * as d3 from 'd3';
import { type ChartFrameOptions, createFrame, PALETTE } from './frame.ts';

export interface BeforeAfterMetric {
  label: string;
  before: number;
  after: number;
  /** Formats a value (rates as %, durations as s). */
  format: (v: number) => string;
  verdict: 'helped' | 'worse' | 'no_change';
}

const VERDICT_COLOR = { helped: '#117a5b', worse: '#b3261e', no_change: '#5a5a5a' } as const;

/**
 * One row per metric: a "before" and an "after" bar on the metric's own scale, the after bar
 * coloured by the verdict. Pure and deterministic.
 *
 * @example
 * renderBeforeAfter([{ label: 'Error rate', before: 0.42, after: 0.03, format: pct, verdict: 'helped' }], { title: 'Before/after', beforeLabel: 'Before', afterLabel: 'After' });
 */
export function renderBeforeAfter(
  metrics: readonly BeforeAfterMetric[],
  options: ChartFrameOptions & { beforeLabel: string; afterLabel: string },
): SVGSVGElement {
  const rowHeight = 64;
  const height = options.height ?? metrics.length * rowHeight + 24;
  const { svg, width } = createFrame({ ...options, height });
  const labelWidth = 200;
  metrics.forEach((m, i) => {
    const x = d3
      .scaleLinear()
      .domain([0, Math.max(m.before, m.after, 1e-9)])
      .range([0, width - labelWidth - 80]);
    const g = svg.append('g').attr('transform', `translate(0,${12 + i * rowHeight})`);
    g.append('text').attr('x', 0).attr('y', 14).attr('font-weight', 700).text(m.label);
    const bars: [string, number, string][] = [
      [options.beforeLabel, m.before, PALETTE[7]],
      [options.afterLabel, m.after, VERDICT_COLOR[m.verdict]],
    ];
    bars.forEach(([name, value, fill], j) => {
      const y = 22 + j * 18;
      g.append('text')
        .attr('x', labelWidth - 8)
        .attr('y', y + 11)
        .attr('text-anchor', 'end')
        .text(name);
      g.append('rect').attr('x', labelWidth).attr('y', y).attr('height', 14).attr('width', x(value)).attr('fill', fill);
      g.append('text')
        .attr('x', labelWidth + x(value) + 4)
        .attr('y', y + 11)
        .text(m.format(value));
    });
  });
  return svg.node()!;
}
