/** The JSON shapes of the collector's `/api/sites/:site/...` answers the dashboard reads. */
export interface Localized {
  ko: string;
  en: string;
}

export interface Insight {
  id: string;
  kind: string;
  title: Localized;
  target: Record<string, unknown>;
  affectedSessions: number;
  population: number;
  share: number;
  impact: number;
  severity: number;
  evidence: { chart: string; metrics: Record<string, number | string>; details?: unknown };
  recommendation: Localized & { basis: string[] };
  exampleSessions: { sessionId: string; replay: boolean }[];
}

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
