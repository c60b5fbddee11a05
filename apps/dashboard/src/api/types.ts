/** The JSON shapes of the collector's `/api/sites/:site/...` answers the dashboard reads. */
import type { Localized } from '@minwon-ux/api-contract';

export interface OverviewKpis {
  sessions: number;
  completionRate: number;
  errorRate: number;
  engagedMsPerSession: number;
}

export interface Change {
  id: string;
  changedOn: string;
  scope: string;
  target: string;
  description: string;
}

export interface MetricComparison {
  metric: string;
  label: Localized;
  type: 'rate' | 'duration';
  test: string;
  before: { value: number; n: number };
  after: { value: number; n: number };
  diff: number;
  pValue: number;
  interval?: { low: number; high: number };
  verdict: 'helped' | 'worse' | 'no_change';
}

export interface ChangeComparison {
  change: Change;
  windows: { before: { from: string; to: string }; after: { from: string; to: string } };
  metrics: MetricComparison[];
  verdict: 'helped' | 'worse' | 'no_change';
  summary: Localized;
}
