import type { Store } from '../store/create-store.ts';
import type { BenchmarkQuery } from './benchmark-query.ts';
import { serviceFormsSql } from './service-forms.ts';

/** Sessions of one agency with an input error on one field of a service's form. */
export interface FieldErrorCount {
  agencyId: string;
  fieldId: string;
  sessions: number;
}

/**
 * Per agency and field of the service's forms: how many sessions (that started the form) had an input
 * error on the field. Only counts leave the query; the caller divides by the agency's sessions.
 *
 * @example
 * const counts = await queryFieldErrors(store, { from, to, service: 'MOIS-0001', siteAgencies, shared: [] });
 */
export async function queryFieldErrors(store: Store, q: BenchmarkQuery): Promise<FieldErrorCount[]> {
  if (q.siteAgencies.sites.length === 0 || q.service === '') return [];
  const db = store.database;
  const result = await store.client.query({
    query: `WITH service_forms AS (${serviceFormsSql(db)})
    SELECT agency, field_id, count() AS sessions
    FROM (
      SELECT transform(toString(e.site_id), {sites:Array(String)}, {agencies:Array(String)}, '') AS agency,
        e.session_id AS session_id,
        groupUniqArrayIf(toString(e.field_id), e.kind = 'input_error' AND e.field_id != '') AS fields
      FROM ${db}.events AS e
      INNER JOIN service_forms AS f ON toString(e.site_id) = f.site_id AND toString(e.form_id) = f.form_id
      WHERE e.site_id IN {sites:Array(String)} AND e.kind IN ('form_start', 'input_error')
        AND toDate(e.ts) BETWEEN {from:Date} AND {to:Date}
      GROUP BY agency, session_id
      HAVING countIf(e.kind = 'form_start') > 0
    )
    ARRAY JOIN fields AS field_id
    GROUP BY agency, field_id
    ORDER BY agency, field_id`,
    query_params: {
      sites: q.siteAgencies.sites,
      agencies: q.siteAgencies.agencies,
      service: q.service,
      from: q.from,
      to: q.to,
    },
    format: 'JSONEachRow',
  });
  return (await result.json<{ agency: string; field_id: string; sessions: string }>()).map((r) => ({
    agencyId: r.agency,
    fieldId: r.field_id,
    sessions: Number(r.sessions),
  }));
}
