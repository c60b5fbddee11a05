import { type DailyKindCount, EVENT_KINDS_SHOWN } from '@minwon-ux/api-contract';
import * as d3 from 'd3';
import { type ChartFrameOptions, createFrame, formatCount, MARGIN } from './frame.ts';

/**
 * Eleven categorical colours for the kinds shown one by one (the eight of the chart palette, then
 * three more of distinct hue and lightness), and grey for the rest summed as "other".
 */
export const KIND_PALETTE = [
  '#0b5cad',
  '#c55a00',
  '#117a5b',
  '#b0407f',
  '#6a4c93',
  '#8a6d00',
  '#2b7a9b',
  '#d1495b',
  '#5c8001',
  '#7f4f24',
  '#3d5a80',
] as const;
export const OTHER_COLOUR = '#9a9a9a';
const OTHER = '__other__';

export type { DailyKindCount };

export interface EventsPerDayOptions extends ChartFrameOptions {
  /** Every day of the range (`YYYY-MM-DD`), so days without events still get a slot. */
  days?: string[];
  /** Axis label for the count. */
  yLabel?: string;
  /** The kind as the reader reads it (legend, tooltips); the raw kind when absent. */
  labelOf?: (kind: string) => string;
  /** The legend entry for the kinds summed as one. */
  otherLabel?: string;
  /** Kinds shown one by one, the most frequent first; the rest are summed as "other". */
  maxKinds?: number;
}

/**
 * Stacked bars of events per day, one colour per event kind (the `maxKinds` most frequent; the rare
 * ones summed as "other" in grey, so no two kinds share a colour), with a legend of readable names.
 * Pure: the same data and options always give the same SVG.
 *
 * @example
 * const svg = renderEventsPerDay(rows, { title: 'Events per day', days: ['2026-11-01', '2026-11-02'] });
 * container.append(svg);
 */
export function renderEventsPerDay(data: readonly DailyKindCount[], options: EventsPerDayOptions): SVGSVGElement {
  const { svg, width, height } = createFrame({ height: 340, ...options });
  const days = options.days ?? [...new Set(data.map((d) => d.day))].sort();
  const { labelOf = (kind: string) => kind, otherLabel = 'other' } = options;
  const maxKinds = Math.min(options.maxKinds ?? EVENT_KINDS_SHOWN, KIND_PALETTE.length);
  const totals = d3.rollup(
    data,
    (rows) => d3.sum(rows, (r) => r.events),
    (r) => r.kind,
  );
  const ranked = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a.localeCompare(b));
  const shown = ranked.length > maxKinds ? ranked.slice(0, maxKinds - 1) : ranked;
  const kinds = ranked.length > shown.length ? [...shown, OTHER] : shown;
  const kindOf = (kind: string) => (shown.includes(kind) ? kind : OTHER);
  const nameOf = (kind: string) => (kind === OTHER ? otherLabel : labelOf(kind));
  const legendWidth = 150;
  const plotRight = width - MARGIN.right - legendWidth;

  const byDay = new Map<string, Record<string, number>>(days.map((d) => [d, {}]));
  for (const row of data) {
    const slot = byDay.get(row.day);
    if (slot) slot[kindOf(row.kind)] = (slot[kindOf(row.kind)] ?? 0) + row.events;
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
  const color = (kind: string) => (kind === OTHER ? OTHER_COLOUR : KIND_PALETTE[shown.indexOf(kind)]!);

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
    .text(({ p, kind }) => `${p.data.day} ${nameOf(kind)}: ${formatCount(p[1] - p[0])}`);

  const legend = svg
    .append('g')
    .attr('class', 'legend')
    .attr('transform', `translate(${plotRight + 12},${MARGIN.top})`);
  kinds.forEach((kind, i) => {
    const row = legend.append('g').attr('transform', `translate(0,${i * 18})`);
    row.append('rect').attr('width', 12).attr('height', 12).attr('fill', color(kind));
    row.append('text').attr('x', 18).attr('y', 10).text(nameOf(kind));
  });
  return svg.node()!;
}
