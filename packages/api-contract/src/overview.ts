/** The overview's headline figures (sessions summed per day). */
export interface OverviewKpis {
  sessions: number;
  visitors: number;
  events: number;
  /** Applications completed / started (sessions). */
  completionRate: number;
  /** Sessions with an input error / sessions that started a form. */
  errorRate: number;
  /** Mean engaged time per session, ms. */
  engagedMsPerSession: number;
  formStarters: number;
  formCompleters: number;
}

/** `GET /api/sites/:site/overview` */
export interface OverviewResponse {
  kpis: OverviewKpis;
}

/** Events of one kind on one day (`YYYY-MM-DD`, UTC). */
export interface DailyKindCount {
  day: string;
  kind: string;
  events: number;
}

/** `GET /api/sites/:site/events-over-time` */
export interface EventsOverTimeResponse {
  rows: DailyKindCount[];
}
