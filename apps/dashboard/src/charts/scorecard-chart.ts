import {
  SCORECARD_BAND_THRESHOLDS,
  SCORECARD_CRITERIA,
  type ScorecardChange,
  type ScorecardCriterion,
  type ScorecardPeriod,
} from '@minwon-ux/api-contract';
import * as d3 from 'd3';
import { type ChartFrameOptions, createFrame, MARGIN, PALETTE } from './frame.ts';

export interface ScorecardChartOptions extends ChartFrameOptions {
  /** Legend names: the total and each criterion, in the UI language. */
  names: { total: string } & Record<ScorecardCriterion, string>;
  /** Label of a period on the x axis (default: its first day's MM-DD). */
  periodLabel?: (p: Pick<ScorecardPeriod, 'from' | 'to'>) => string;
}

type Point = { i: number; score: number | null };

/** Each criterion's own dash pattern, so the lines differ without colour too. */
const DASHES = ['6 3', '2 3', '8 3 2 3', '4 4', '10 4'] as const;

/**
 * The scorecard over time: the total score (thick line, dots) and each criterion (thin lines) per
 * period on a 0–100 scale, with the bands shaded (우수 ≥ 80, 미흡 < 60), gaps where a period was not
 * scored, and a dashed marker at each recorded change. Pure: the same data and options give the same SVG.
 *
 * @example
 * const svg = renderScorecardChart(card.periods, card.changes, { title: '점수 추이', names });
 */
export function renderScorecardChart(
  periods: readonly Pick<ScorecardPeriod, 'from' | 'to' | 'score' | 'criteria'>[],
  changes: readonly ScorecardChange[],
  options: ScorecardChartOptions,
): SVGSVGElement {
  const { svg, width, height } = createFrame({ height: 320, ...options });
  const id = options.id ?? 'chart';
  const legendWidth = 150;
  const plotRight = width - MARGIN.right - legendWidth;
  const label = options.periodLabel ?? ((p) => p.from.slice(5));
  const x = d3
    .scalePoint<number>()
    .domain(periods.map((_, i) => i))
    .range([MARGIN.left, plotRight])
    .padding(0.5);
  const y = d3
    .scaleLinear()
    .domain([0, 100])
    .range([height - MARGIN.bottom, MARGIN.top]);

  const bands = svg.append('g').attr('aria-hidden', 'true');
  const shade = (from: number, to: number, fill: string) =>
    bands
      .append('rect')
      .attr('x', MARGIN.left)
      .attr('width', plotRight - MARGIN.left)
      .attr('y', y(to))
      .attr('height', y(from) - y(to))
      .attr('fill', fill);
  shade(SCORECARD_BAND_THRESHOLDS.excellent, 100, '#e6f4ea');
  shade(0, SCORECARD_BAND_THRESHOLDS.poor, '#fdecea');

  const every = Math.max(1, Math.ceil(periods.length / 8));
  svg
    .append('g')
    .attr('transform', `translate(0,${height - MARGIN.bottom})`)
    .call(
      d3
        .axisBottom(x)
        .tickValues(periods.map((_, i) => i).filter((i) => i % every === 0))
        .tickFormat((i) => label(periods[i]!)),
    );
  svg
    .append('g')
    .attr('transform', `translate(${MARGIN.left},0)`)
    .call(d3.axisLeft(y).tickValues([0, 20, 40, 60, 80, 100]));

  for (const change of changes) {
    const i = periods.findIndex((p) => p.from <= change.at && change.at <= p.to);
    if (i < 0) continue;
    const cx = x(i) ?? 0;
    const marker = svg.append('g').attr('class', 'change-marker');
    marker
      .append('line')
      .attr('x1', cx)
      .attr('x2', cx)
      .attr('y1', MARGIN.top)
      .attr('y2', height - MARGIN.bottom)
      .attr('stroke', '#5a5a5a')
      .attr('stroke-dasharray', '4 3');
    marker
      .append('text')
      .attr('x', cx + 4)
      .attr('y', MARGIN.top + 10)
      .attr('fill', '#3a3a3a')
      .text(`▲ ${change.at.slice(5)}`);
    marker.append('title').text(`${change.at} ${change.title}`);
  }

  const line = d3
    .line<Point>()
    .defined((p) => p.score !== null)
    .x((p) => x(p.i) ?? 0)
    .y((p) => y(p.score ?? 0));
  const series: { key: string; name: string; points: Point[]; color: string; dash: string | null; total: boolean }[] = [
    ...SCORECARD_CRITERIA.map((c, k) => ({
      key: c,
      name: options.names[c],
      points: periods.map((p, i) => ({ i, score: p.criteria[c].score })),
      color: PALETTE[(k + 1) % PALETTE.length]!,
      dash: DASHES[k]!,
      total: false,
    })),
    {
      key: 'total',
      name: options.names.total,
      points: periods.map((p, i) => ({ i, score: p.score })),
      color: PALETTE[0],
      dash: null,
      total: true,
    },
  ];
  for (const s of series) {
    const g = svg.append('g').attr('class', `series series-${s.key}`);
    g.append('path')
      .attr('d', line(s.points) ?? '')
      .attr('fill', 'none')
      .attr('stroke', s.color)
      .attr('stroke-width', s.total ? 3 : 1.5)
      .attr('stroke-dasharray', s.dash);
    // dots at every scored period (an isolated one would draw no line): large on the total
    for (const p of s.points.filter((q) => q.score !== null)) {
      g.append('circle')
        .attr('cx', x(p.i) ?? 0)
        .attr('cy', y(p.score ?? 0))
        .attr('r', s.total ? 4 : 2)
        .attr('fill', s.color)
        .append('title')
        .text(`${s.name} ${label(periods[p.i]!)}: ${p.score}`);
    }
  }

  const legend = svg.append('g').attr('transform', `translate(${plotRight + 16},${MARGIN.top})`);
  [...series].reverse().forEach((s, k) => {
    const row = legend.append('g').attr('transform', `translate(0,${k * 20})`);
    row
      .append('line')
      .attr('x2', 18)
      .attr('y1', 6)
      .attr('y2', 6)
      .attr('stroke', s.color)
      .attr('stroke-width', s.total ? 3 : 1.5)
      .attr('stroke-dasharray', s.dash);
    row.append('text').attr('x', 24).attr('y', 10).text(s.name);
  });
  svg.attr('data-chart', `${id}-scorecard`);
  return svg.node()!;
}
