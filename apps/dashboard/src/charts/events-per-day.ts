import type { DailyKindCount } from '@minwon-ux/api-contract';
import * as d3 from 'd3';
import { type ChartFrameOptions, createFrame, formatCount, MARGIN, PALETTE } from './frame.ts';

export type { DailyKindCount };

export interface EventsPerDayOptions extends ChartFrameOptions {
  /** Every day of the range (`YYYY-MM-DD`), so days without events still get a slot. */
  days?: string[];
  /** Axis label for the count. */
  yLabel?: string;
}

/**
 * Stacked bars of events per day, one colour per event kind, with a legend. Pure: the same data and
 * options always give the same SVG.
 *
 * @example
 * const svg = renderEventsPerDay(rows, { title: 'Events per day', days: ['2026-11-01', '2026-11-02'] });
 * container.append(svg);
 */
export function renderEventsPerDay(data: readonly DailyKindCount[], options: EventsPerDayOptions): SVGSVGElement {
  const { svg, width, height } = createFrame({ height: 340, ...options });
  const days = options.days ?? [...new Set(data.map((d) => d.day))].sort();
  const kinds = [...new Set(data.map((d) => d.kind))].sort();
  const legendWidth = 130;
  const plotRight = width - MARGIN.right - legendWidth;

  const byDay = new Map<string, Record<string, number>>(days.map((d) => [d, {}]));
  for (const row of data) {
    const slot = byDay.get(row.day);
    if (slot) slot[row.kind] = (slot[row.kind] ?? 0) + row.events;
  }
  const table = days.map((day) => ({ day, ...byDay.get(day) }) as Record<string, number | string>);
  const series = d3
    .stack<Record<string, number | string>>()
    .keys(kinds)
    .value((d, k) => Number(d[k] ?? 0))(table);
  const max = d3.max(series, (s) => d3.max(s, (p) => p[1])) ?? 0;

  const x = d3.scaleBand<string>().domain(days).range([MARGIN.left, plotRight]).padding(0.15);
  const y = d3
    .scaleLinear()
    .domain([0, Math.max(1, max)])
    .nice()
    .range([height - MARGIN.bottom, MARGIN.top]);
  const color = d3.scaleOrdinal<string, string>().domain(kinds).range(PALETTE);

  const tickEvery = Math.max(1, Math.ceil(days.length / 10));
  svg
    .append('g')
    .attr('transform', `translate(0,${height - MARGIN.bottom})`)
    .call(
      d3
        .axisBottom(x)
        .tickValues(days.filter((_, i) => i % tickEvery === 0))
        .tickFormat((d) => d.slice(5)),
    );
  svg
    .append('g')
    .attr('transform', `translate(${MARGIN.left},0)`)
    .call(
      d3
        .axisLeft(y)
        .ticks(5)
        .tickFormat((d) => formatCount(Number(d))),
    );
  if (options.yLabel) {
    svg
      .append('text')
      .attr('x', 8)
      .attr('y', MARGIN.top - 4)
      .attr('font-size', 11)
      .text(options.yLabel);
  }

  svg
    .append('g')
    .selectAll('g')
    .data(series)
    .join('g')
    .attr('fill', (s) => color(s.key))
    .attr('data-kind', (s) => s.key)
    .selectAll('rect')
    .data((s) => s.map((p) => ({ p, kind: s.key })))
    .join('rect')
    .attr('x', ({ p }) => x(String(p.data.day)) ?? 0)
    .attr('y', ({ p }) => y(p[1]))
    .attr('height', ({ p }) => Math.max(0, y(p[0]) - y(p[1])))
    .attr('width', x.bandwidth())
    .append('title')
    .text(({ p, kind }) => `${p.data.day} ${kind}: ${formatCount(p[1] - p[0])}`);

  const legend = svg.append('g').attr('transform', `translate(${plotRight + 12},${MARGIN.top})`);
  kinds.forEach((kind, i) => {
    const row = legend.append('g').attr('transform', `translate(0,${i * 18})`);
    row.append('rect').attr('width', 12).attr('height', 12).attr('fill', color(kind));
    row.append('text').attr('x', 18).attr('y', 10).text(kind);
  });
  return svg.node()!;
}
