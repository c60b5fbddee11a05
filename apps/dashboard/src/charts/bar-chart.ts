import * as d3 from 'd3';
import { type ChartFrameOptions, createFrame, PALETTE } from './frame.ts';

export interface BarDatum {
  label: string;
  value: number;
  /** Marks a bar (e.g. the field an insight is about) with the accent colour. */
  highlight?: boolean;
}

export interface BarChartOptions extends ChartFrameOptions {
  /** Formats values on the bars and the axis. */
  format?: (value: number) => string;
  /** Width reserved for the labels on the left. */
  labelWidth?: number;
  /** A reference line (e.g. the form's median), drawn dashed with its label. */
  reference?: { value: number; label: string };
}

/**
 * Horizontal bars, one per label, in the given order, value printed at the end of each bar. Pure:
 * the same data and options always give the same SVG.
 *
 * @example
 * renderBarChart([{ label: 'phone', value: 0.42 }], { title: 'Error rate', format: (v) => `${Math.round(v * 100)}%` });
 */
export function renderBarChart(data: readonly BarDatum[], options: BarChartOptions): SVGSVGElement {
  const rowHeight = 26;
  const { labelWidth = 160, format = d3.format(',') } = options;
  const height = options.height ?? Math.max(80, data.length * rowHeight + 48);
  const { svg, width } = createFrame({ ...options, height });
  const max = Math.max(d3.max(data, (d) => d.value) ?? 0, options.reference?.value ?? 0, 1e-9);
  const x = d3
    .scaleLinear()
    .domain([0, max])
    .nice()
    .range([labelWidth, width - 64]);
  const y = d3
    .scaleBand<number>()
    .domain(data.map((_, i) => i))
    .range([16, 16 + data.length * rowHeight])
    .padding(0.2);

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
    .attr('y', (_, i) => (y(i) ?? 0) + y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .text((d) => truncate(d.label, Math.floor(labelWidth / 7)));
  rows
    .append('rect')
    .attr('x', labelWidth)
    .attr('y', (_, i) => y(i) ?? 0)
    .attr('width', (d) => Math.max(0, x(d.value) - labelWidth))
    .attr('height', y.bandwidth())
    .attr('fill', (d) => (d.highlight ? PALETTE[1] : PALETTE[0]))
    .append('title')
    .text((d) => `${d.label}: ${format(d.value)}`);
  rows
    .append('text')
    .attr('x', (d) => x(d.value) + 4)
    .attr('y', (_, i) => (y(i) ?? 0) + y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .text((d) => format(d.value));
  if (options.reference) {
    const rx = x(options.reference.value);
    svg
      .append('line')
      .attr('x1', rx)
      .attr('x2', rx)
      .attr('y1', 8)
      .attr('y2', 16 + data.length * rowHeight)
      .attr('stroke', '#1d1d1f')
      .attr('stroke-dasharray', '4 3');
    svg
      .append('text')
      .attr('x', rx + 4)
      .attr('y', 10)
      .attr('font-size', 11)
      .text(options.reference.label);
  }
  return svg.node()!;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text;
}
