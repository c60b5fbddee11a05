// Bundle entry for the scorecard chart test: exposes the pure chart function on window.
import { renderScorecardChart } from '../src/charts/scorecard-chart.ts';

Object.assign(window, { renderScorecardChart });
