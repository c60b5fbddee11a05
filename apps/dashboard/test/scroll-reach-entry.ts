// Bundle entry for the scroll-reach chart snapshot test: exposes the pure chart function on window.
import { renderScrollReach } from '../src/charts/scroll-reach-chart.ts';

Object.assign(window, { renderScrollReach });
