import * as d3 from 'd3';
import { type ChartFrameOptions, createFrame, formatCount, PALETTE } from './frame.ts';

export interface MenuUse {
  trail: string[];
  label: string;
  clicks: number;
  opens: number;
}

interface Node {
  name: string;
  value?: number;
  children?: Node[];
}

/** Builds the menu hierarchy from trails: each item sits under its parents' labels. */
export function menuHierarchy(items: readonly MenuUse[]): Node {
  const root: Node = { name: 'menu', children: [] };
  for (const item of items) {
    let node = root;
    for (const part of item.trail) {
      let child = node.children!.find((c) => c.name === part && c.children);
      if (!child) {
        child = { name: part, children: [] };
        node.children!.push(child);
      }
      node = child;
    }
    node.children!.push({ name: item.label, value: item.clicks + item.opens });
  }
  return root;
}

/**
 * A treemap of menu use (clicks + opens), grouped by top-level menu, each rectangle labelled when
 * it is big enough. Pure: sorted layout, fixed size, fixed colours.
 *
 * @example
 * renderMenuTreemap(items, { title: 'Menu use', width: 760, height: 420 });
 */
export function renderMenuTreemap(items: readonly MenuUse[], options: ChartFrameOptions): SVGSVGElement {
  const { svg, width, height } = createFrame({ height: 420, ...options });
  const root = d3
    .hierarchy(menuHierarchy(items))
    .sum((d) => d.value ?? 0)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.data.name.localeCompare(b.data.name));
  d3.treemap<Node>().size([width, height]).paddingInner(2).paddingTop(18).round(true)(root);
  const groups = root.children ?? [];
  const color = d3
    .scaleOrdinal<string, string>()
    .domain(groups.map((g) => g.data.name))
    .range(PALETTE);
  const topOf = (n: d3.HierarchyNode<Node>) => n.ancestors().at(-2)?.data.name ?? n.data.name;
  const cells = svg
    .append('g')
    .selectAll('g')
    .data(root.descendants().filter((d) => d.depth > 0) as d3.HierarchyRectangularNode<Node>[])
    .join('g')
    .attr('transform', (d) => `translate(${d.x0},${d.y0})`);
  cells
    .append('rect')
    .attr('width', (d) => d.x1 - d.x0)
    .attr('height', (d) => d.y1 - d.y0)
    .attr('fill', (d) => (d.children ? '#eef1f5' : color(topOf(d))))
    .attr('stroke', '#fff')
    .append('title')
    .text(
      (d) =>
        `${d
          .ancestors()
          .reverse()
          .slice(1)
          .map((a) => a.data.name)
          .join(' › ')}: ${formatCount(d.value ?? 0)}`,
    );
  cells
    .filter((d) => d.x1 - d.x0 > 60 && d.y1 - d.y0 > 16)
    .append('text')
    .attr('x', 4)
    .attr('y', 13)
    .attr('fill', (d) => (d.children ? '#1d1d1f' : '#fff'))
    .text((d) => `${d.data.name} ${formatCount(d.value ?? 0)}`);
  return svg.node()!;
}
