// Bundle entry for the chart snapshot tests: exposes the pure chart functions on window.
import { renderBarChart } from '../src/charts/bar-chart.ts';
import { renderBeforeAfter } from '../src/charts/before-after-chart.ts';
import { renderEventsPerDay } from '../src/charts/events-per-day.ts';
import { renderFunnel } from '../src/charts/funnel-chart.ts';
import { renderMenuTreemap } from '../src/charts/menu-treemap.ts';

Object.assign(window, {
  charts: { renderBarChart, renderBeforeAfter, renderEventsPerDay, renderFunnel, renderMenuTreemap },
});
