import type { ScrollReach } from '@minwon-ux/api-contract';
import * as d3 from 'd3';
import { type ChartFrameOptions, createFrame, PALETTE } from './frame.ts';

export interface ScrollReachOptions extends ChartFrameOptions {
  /** Label of a depth row; default `50%`. */
  depthLabel?: (depthPct: number) => string;
  /** Formats a share (0–1), e.g. as a percentage. */
  format?: (share: number) => string;
  /** Marks the depth below which fewer than half of the page views scroll (dashed line with this label). */
  halfLabel?: string;
}

/**
 * Scroll reach as a page: one row per depth from the top (0 %) down to the bottom (100 %), each a bar
 * as long as the share of page views whose viewport reached it, and a dashed line where the share falls
 * below one half. Pure: the same data and options always give the same SVG.
 *
 * @example
 * renderScrollReach([{ depthPct: 0, share: 1 }, { depthPct: 50, share: 0.4 }], { title: 'Scroll reach' });
 */
export function renderScrollReach(data: readonly ScrollReach[], options: ScrollReachOptions): SVGSVGElement {
  const rowHeight = 22;
  const labelWidth = 90;
  const { format = (v: number) => `${Math.round(v * 100)}%`, depthLabel = (d: number) => `${d}%` } = options;
  const height = options.height ?? Math.max(80, data.length * rowHeight + 48);
  const { svg, width } = createFrame({ ...options, height });
  const x = d3
    .scaleLinear()
    .domain([0, 1])
    .range([labelWidth, width - 56]);
  const y = d3
    .scaleBand<number>()
    .domain(data.map((d) => d.depthPct))
    .range([16, 16 + data.length * rowHeight])
    .padding(0.15);
  svg
    .append('g')
    .attr('transform', `translate(0,${16 + data.length * rowHeight})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(5)
        .tickFormat((v) => format(Number(v))),
    );
  const rows = svg.append('g').selectAll('g').data(data).join('g');
  rows
    .append('text')
    .attr('x', labelWidth - 8)
    .attr('y', (d) => (y(d.depthPct) ?? 0) + y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .text((d) => depthLabel(d.depthPct));
  rows
    .append('rect')
    .attr('x', labelWidth)
    .attr('y', (d) => y(d.depthPct) ?? 0)
    .attr('height', y.bandwidth())
    .attr('width', (d) => Math.max(0, x(d.share) - labelWidth))
    .attr('fill', (d) => (d.share >= 0.5 ? PALETTE[0] : PALETTE[1]));
  rows
    .append('text')
    .attr('x', (d) => x(d.share) + 4)
    .attr('y', (d) => (y(d.depthPct) ?? 0) + y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .text((d) => format(d.share));
  const firstBelowHalf = data.find((d) => d.share < 0.5);
  if (firstBelowHalf && options.halfLabel) {
    const top = y(firstBelowHalf.depthPct) ?? 0;
    svg
      .append('line')
      .attr('x1', 0)
      .attr('x2', width)
      .attr('y1', top - 1)
      .attr('y2', top - 1)
      .attr('stroke', '#333')
      .attr('stroke-dasharray', '4 3');
    svg
      .append('text')
      .attr('x', width - 4)
      .attr('y', top - 4)
      .attr('text-anchor', 'end')
      .text(options.halfLabel);
  }
  return svg.node() as SVGSVGElement;
}
