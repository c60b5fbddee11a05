import type { Store } from '../store/create-store.ts';
import { type SiteAgencies, serviceFormsSql } from './service-forms.ts';

/** Our own form's title and one field's label for a service, as our pages show them. */
export interface OwnServiceLabel {
  service: string;
  formTitle: string;
  fieldId: string;
  label: string;
}

/**
 * The page chrome (`form_chrome`, issue 14) of the given sites' forms, per national service they
 * implement: each field's latest label and its form's latest title. Asked only for the caller's own
 * agency's sites, so a peer's page text never crosses agencies.
 *
 * @example
 * const labels = await queryOwnServiceLabels(store, { from, to, siteAgencies: own, service: '' });
 * // [{ service: 'MOIS-MOVE-IN', formTitle: '전입신고', fieldId: 'phone', label: '휴대전화 번호' }]
 */
export async function queryOwnServiceLabels(
  store: Store,
  q: { from: string; to: string; siteAgencies: SiteAgencies; service: string },
): Promise<OwnServiceLabel[]> {
  if (q.siteAgencies.sites.length === 0) return [];
  const db = store.database;
  const result = await store.client.query({
    query: `WITH service_forms AS (${serviceFormsSql(db)})
      SELECT sf.service AS service, toString(c.field_id) AS fieldId,
             argMax(c.form_title, c.seen_at) AS formTitle, argMax(c.label, c.seen_at) AS label
      FROM ${db}.form_chrome AS c
      INNER JOIN service_forms AS sf ON sf.site_id = toString(c.site_id) AND sf.form_id = toString(c.form_id)
      WHERE c.site_id IN {sites:Array(String)}
      GROUP BY service, fieldId
      ORDER BY service, fieldId`,
    query_params: { ...q.siteAgencies, from: q.from, to: q.to, service: q.service },
    format: 'JSONEachRow',
  });
  return result.json<OwnServiceLabel>();
}
