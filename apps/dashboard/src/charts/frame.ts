import * as d3 from 'd3';

/** Size and accessible text every chart takes. */
export interface ChartFrameOptions {
  width?: number;
  height?: number;
  /** Accessible name of the chart (`<title>`, `aria-labelledby`). */
  title: string;
  /** Longer description (`<desc>`). */
  description?: string;
  /** Prefix for element ids, so two charts on a page never collide. */
  id?: string;
}

export const MARGIN = { top: 16, right: 16, bottom: 40, left: 56 } as const;

/** A colour-blind-safe palette (Okabe–Ito), dark enough for 3:1 against white. */
export const PALETTE = [
  '#0b5cad',
  '#c55a00',
  '#117a5b',
  '#b0407f',
  '#6a4c93',
  '#8a6d00',
  '#2b7a9b',
  '#5a5a5a',
] as const;

/**
 * Creates the `<svg>` every chart draws into: fixed size, `role="img"`, `<title>` and `<desc>`.
 *
 * @example
 * const svg = createFrame({ width: 640, height: 320, title: 'Events per day', id: 'epd' });
 */
export function createFrame({ width = 640, height = 320, title, description, id = 'chart' }: ChartFrameOptions) {
  const svg = d3
    .create('svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-labelledby', `${id}-title${description ? ` ${id}-desc` : ''}`)
    .attr('font-family', 'system-ui, sans-serif')
    .attr('font-size', 12);
  svg.append('title').attr('id', `${id}-title`).text(title);
  if (description) svg.append('desc').attr('id', `${id}-desc`).text(description);
  return { svg, width, height };
}

/** Formats a count with thousands separators, the same in every locale the tests run in. */
export const formatCount = (n: number): string => d3.format(',')(Math.round(n));
