import type { BenchmarkRow } from '@minwon-ux/api-contract';
import * as d3 from 'd3';
import { type ChartFrameOptions, createFrame, PALETTE } from './frame.ts';

/** One strip: a figure of every row on its own axis. */
export interface StripMetric {
  label: string;
  value: (row: BenchmarkRow) => number | null;
  format: (value: number) => string;
}

export interface BenchmarkStripsOptions extends ChartFrameOptions {
  metrics: readonly StripMetric[];
  /** Text after the own marker's value, e.g. "우리 기관". */
  ownLabel: string;
  /** Legend text for the peers' dots and the peers' median line. */
  peersLabel: string;
  medianLabel: string;
}

/**
 * Our agency against the other agencies, one horizontal strip per figure: each peer a grey dot, the
 * peers' median a dashed tick, our value a larger accent marker with its value. Pure: the same rows
 * and options always give the same SVG.
 *
 * @example
 * renderBenchmarkStrips(rows, { title: '완료율 비교', metrics, ownLabel: '우리 기관', peersLabel: '다른 기관', medianLabel: '중앙값' });
 */
export function renderBenchmarkStrips(rows: readonly BenchmarkRow[], options: BenchmarkStripsOptions): SVGSVGElement {
  const rowHeight = 56;
  const labelWidth = 210;
  const height = options.height ?? options.metrics.length * rowHeight + 56;
  const { svg, width } = createFrame({ width: 720, ...options, height });
  const own = rows.find((r) => r.own);
  const peers = rows.filter((r) => !r.own);
  options.metrics.forEach((metric, i) => {
    const top = 24 + i * rowHeight;
    const mid = top + rowHeight / 2;
    const values = rows.map(metric.value).filter((v): v is number => v !== null);
    const peerValues = peers.map(metric.value).filter((v): v is number => v !== null);
    const g = svg.append('g').attr('class', 'strip');
    g.append('text')
      .attr('x', labelWidth - 12)
      .attr('y', mid)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'end')
      .text(metric.label);
    const max = Math.max(d3.max(values) ?? 0, 1e-9);
    const x = d3
      .scaleLinear()
      .domain([0, max])
      .nice()
      .range([labelWidth, width - 24]);
    g.append('g')
      .attr('transform', `translate(0,${mid + 12})`)
      .call(
        d3
          .axisBottom(x)
          .ticks(4)
          .tickFormat((v) => metric.format(Number(v))),
      );
    g.append('g')
      .selectAll('circle')
      .data(peerValues)
      .join('circle')
      .attr('cx', (v) => x(v))
      .attr('cy', mid)
      .attr('r', 5)
      .attr('fill', PALETTE[7])
      .attr('fill-opacity', 0.6)
      .append('title')
      .text((v) => `${options.peersLabel}: ${metric.format(v)}`);
    const median = d3.median(peerValues);
    if (median !== undefined) {
      g.append('line')
        .attr('x1', x(median))
        .attr('x2', x(median))
        .attr('y1', mid - 12)
        .attr('y2', mid + 12)
        .attr('stroke', '#1d1d1f')
        .attr('stroke-dasharray', '3 2')
        .append('title')
        .text(`${options.medianLabel}: ${metric.format(median)}`);
    }
    const ownValue = own ? metric.value(own) : null;
    if (ownValue !== null) {
      g.append('path')
        .attr('d', d3.symbol(d3.symbolDiamond, 110)())
        .attr('transform', `translate(${x(ownValue)},${mid})`)
        .attr('fill', PALETTE[1])
        .append('title')
        .text(`${options.ownLabel}: ${metric.format(ownValue)}`);
      // the label stays inside the plot: anchored at its start near the left edge, its end near the right
      const at = x(ownValue);
      const anchor = at < labelWidth + 60 ? 'start' : at > width - 90 ? 'end' : 'middle';
      g.append('text')
        .attr('x', at)
        .attr('y', mid - 14)
        .attr('text-anchor', anchor)
        .attr('font-weight', 600)
        .text(`${options.ownLabel} ${metric.format(ownValue)}`);
    }
  });
  const legend = svg
    .append('g')
    .attr('class', 'legend')
    .attr('transform', `translate(${labelWidth},${height - 10})`);
  legend.append('circle').attr('cx', 0).attr('cy', -4).attr('r', 5).attr('fill', PALETTE[7]).attr('fill-opacity', 0.6);
  legend.append('text').attr('x', 10).attr('y', 0).text(options.peersLabel);
  legend
    .append('path')
    .attr('d', d3.symbol(d3.symbolDiamond, 90)())
    .attr('transform', 'translate(140,-4)')
    .attr('fill', PALETTE[1]);
  legend.append('text').attr('x', 152).attr('y', 0).text(options.ownLabel);
  legend
    .append('line')
    .attr('x1', 280)
    .attr('x2', 280)
    .attr('y1', -12)
    .attr('y2', 2)
    .attr('stroke', '#1d1d1f')
    .attr('stroke-dasharray', '3 2');
  legend.append('text').attr('x', 288).attr('y', 0).text(options.medianLabel);
  return svg.node()!;
}
