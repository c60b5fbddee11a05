import * as d3 from 'd3';
import { type ChartFrameOptions, createFrame, formatCount, PALETTE } from './frame.ts';

export interface FunnelStep {
  label: string;
  value: number;
}

/**
 * A funnel: one column per step, height by sessions, with the share kept from the first step and
 * the drop from the previous step. Pure and deterministic.
 *
 * @example
 * renderFunnel([{ label: '1 신청인 정보', value: 400 }, { label: '2 민원 내용', value: 240 }], { title: 'Steps' });
 */
export function renderFunnel(steps: readonly FunnelStep[], options: ChartFrameOptions): SVGSVGElement {
  const { svg, width, height } = createFrame({ height: 280, ...options });
  const top = 28;
  const bottom = height - 48;
  const first = steps[0]?.value ?? 0;
  const x = d3
    .scaleBand<number>()
    .domain(steps.map((_, i) => i))
    .range([16, width - 16])
    .padding(0.25);
  const y = d3
    .scaleLinear()
    .domain([0, Math.max(1, first, d3.max(steps, (s) => s.value) ?? 0)])
    .range([bottom, top]);
  const g = svg.append('g').selectAll('g').data(steps).join('g');
  g.append('rect')
    .attr('x', (_, i) => x(i) ?? 0)
    .attr('y', (d) => y(d.value))
    .attr('width', x.bandwidth())
    .attr('height', (d) => bottom - y(d.value))
    .attr('fill', PALETTE[0]);
  g.append('text')
    .attr('x', (_, i) => (x(i) ?? 0) + x.bandwidth() / 2)
    .attr('y', (d) => y(d.value) - 6)
    .attr('text-anchor', 'middle')
    .text((d) => `${formatCount(d.value)} (${first > 0 ? Math.round((d.value / first) * 100) : 0}%)`);
  g.append('text')
    .attr('x', (_, i) => (x(i) ?? 0) + x.bandwidth() / 2)
    .attr('y', bottom + 18)
    .attr('text-anchor', 'middle')
    .text((d) => d.label);
  g.filter((_, i) => i > 0)
    .append('text')
    .attr('x', (_, i) => (x(i + 1) ?? 0) + x.bandwidth() / 2)
    .attr('y', bottom + 36)
    .attr('text-anchor', 'middle')
    .attr('fill', '#b3261e')
    .text((d, i) => {
      const prev = steps[i]?.value ?? 0;
      return prev > 0 ? `−${Math.round(((prev - d.value) / prev) * 100)}%` : '';
    });
  return svg.node()!;
}
