import type { Store } from '../store/create-store.ts';
import { type SiteAgencies, serviceFormsSql } from './service-forms.ts';

/** Exact counts of one agency (or, `agencyId` '', of all shared agencies) for one service. */
export interface ServiceCounts {
  service: string;
  /** '' on a total row. */
  agencyId: string;
  /** Agencies with sessions in the row (1 on an agency row). */
  agencies: number;
  sessions: number;
  completions: number;
  errorSessions: number;
  repeatErrorSessions: number;
  abandonSessions: number;
  medianCompletionSeconds: number | null;
  /** The same split by first-time and returning visitors (`events.returning`), for the scorecard. */
  firstSessions: number;
  firstCompletions: number;
  firstMedianSeconds: number | null;
  returningSessions: number;
  returningCompletions: number;
  returningMedianSeconds: number | null;
}

export interface BenchmarkQuery {
  from: string;
  to: string;
  /** One service, or '' for every service (the open-data export). */
  service: string;
  siteAgencies: SiteAgencies;
  /** Agencies whose sessions make up the total rows. */
  shared: string[];
}

interface Row {
  service: string;
  agency: string;
  total_key: string;
  agencies: string;
  sessions: string;
  completions: string;
  error_sessions: string;
  repeat_sessions: string;
  abandon_sessions: string;
  median_seconds: number | null;
  first_sessions: string;
  first_completions: string;
  first_median: number | null;
  returning_sessions: string;
  returning_completions: string;
  returning_median: number | null;
}

const seconds = (v: number | null) => (v === null ? null : Number(v));

/**
 * Sessions of each agency that started a service's form in the range, and how many of them completed
 * it, hit an input error on it (repeatedly: the same field in two attempts), left it unsent, and the
 * median start → completion time; plus, per service, the same over all shared agencies together.
 * One query; only aggregates leave it.
 *
 * @example
 * const counts = await queryServiceCounts(store, { from, to, service: 'MOIS-0001', siteAgencies, shared });
 */
export async function queryServiceCounts(store: Store, q: BenchmarkQuery): Promise<ServiceCounts[]> {
  if (q.siteAgencies.sites.length === 0) return [];
  const db = store.database;
  const result = await store.client.query({
    query: `WITH service_forms AS (${serviceFormsSql(db)}),
      per_session AS (
        SELECT f.service AS service, transform(toString(e.site_id), {sites:Array(String)}, {agencies:Array(String)}, '') AS agency,
          e.session_id AS session_id,
          countIf(e.kind = 'form_success') > 0 AS completed,
          countIf(e.kind = 'input_error') > 0 AS errored,
          groupUniqArrayIf((toString(e.field_id), e.attempt), e.kind = 'input_error') AS error_pairs,
          length(error_pairs) > length(arrayDistinct(arrayMap(p -> p.1, error_pairs))) AS repeated,
          countIf(e.kind = 'form_abandon') > 0 AND NOT completed AS abandoned,
          minIf(e.ts, e.kind = 'form_start') AS t0,
          minIf(e.ts, e.kind = 'form_success') AS t1,
          max(e.returning) AS returning,
          toFloat64(dateDiff('millisecond', t0, t1)) / 1000 AS took,
          if(has({shared:Array(String)}, agency), 'shared', '') AS total_key
        FROM ${db}.events AS e
        INNER JOIN service_forms AS f ON toString(e.site_id) = f.site_id AND toString(e.form_id) = f.form_id
        WHERE e.site_id IN {sites:Array(String)}
          AND e.kind IN ('form_start', 'form_success', 'form_abandon', 'input_error')
          AND toDate(e.ts) BETWEEN {from:Date} AND {to:Date}
        GROUP BY service, agency, session_id
        HAVING countIf(e.kind = 'form_start') > 0
      )
    SELECT service, agency, total_key,
      uniqExact(agency) AS agencies,
      count() AS sessions,
      countIf(completed) AS completions,
      countIf(errored) AS error_sessions,
      countIf(repeated) AS repeat_sessions,
      countIf(abandoned) AS abandon_sessions,
      if(countIf(completed AND t1 >= t0) = 0, NULL, quantileExactIf(0.5)(took, completed AND t1 >= t0)) AS median_seconds,
      countIf(returning = 0) AS first_sessions,
      countIf(returning = 0 AND completed) AS first_completions,
      if(countIf(returning = 0 AND completed AND t1 >= t0) = 0, NULL,
         quantileExactIf(0.5)(took, returning = 0 AND completed AND t1 >= t0)) AS first_median,
      countIf(returning = 1) AS returning_sessions,
      countIf(returning = 1 AND completed) AS returning_completions,
      if(countIf(returning = 1 AND completed AND t1 >= t0) = 0, NULL,
         quantileExactIf(0.5)(took, returning = 1 AND completed AND t1 >= t0)) AS returning_median
    FROM per_session
    GROUP BY GROUPING SETS ((service, agency), (service, total_key))
    ORDER BY service, agency, total_key`,
    query_params: {
      sites: q.siteAgencies.sites,
      agencies: q.siteAgencies.agencies,
      shared: q.shared,
      service: q.service,
      from: q.from,
      to: q.to,
    },
    format: 'JSONEachRow',
  });
  const counts: ServiceCounts[] = [];
  for (const r of await result.json<Row>()) {
    const isTotal = r.agency === '';
    if (isTotal && r.total_key !== 'shared') continue;
    counts.push({
      service: r.service,
      agencyId: isTotal ? '' : r.agency,
      agencies: Number(r.agencies),
      sessions: Number(r.sessions),
      completions: Number(r.completions),
      errorSessions: Number(r.error_sessions),
      repeatErrorSessions: Number(r.repeat_sessions),
      abandonSessions: Number(r.abandon_sessions),
      medianCompletionSeconds: seconds(r.median_seconds),
      firstSessions: Number(r.first_sessions),
      firstCompletions: Number(r.first_completions),
      firstMedianSeconds: seconds(r.first_median),
      returningSessions: Number(r.returning_sessions),
      returningCompletions: Number(r.returning_completions),
      returningMedianSeconds: seconds(r.returning_median),
    });
  }
  return counts;
}
