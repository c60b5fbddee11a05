import type { FormServiceMapping } from '@minwon-ux/api-contract';
import { nextVersion } from '../auth/version-clock.ts';
import type { Store } from '../store/create-store.ts';

/**
 * A site's forms seen in the range (their `form_start` rows) and mapped forms, each with the service
 * code its markup declares and the admin's mapping.
 *
 * @example
 * const forms = await listFormServices(store, 'site-a', { from: '2026-11-01', to: '2026-11-30' });
 */
export async function listFormServices(
  store: Store,
  site: string,
  { from, to }: { from: string; to: string },
): Promise<FormServiceMapping[]> {
  const db = store.database;
  const result = await store.client.query({
    query: `SELECT m.formId AS formId, m.tagged AS tagged, m.mapped AS mapped, m.isMapped AS isMapped, c.title AS title
      FROM (
      SELECT form_id AS formId, max(tagged) AS tagged, max(mapped) AS mapped, max(is_mapped) AS isMapped
      FROM (
        SELECT toString(form_id) AS form_id, toString(argMaxIf(service_code, ts, service_code != '')) AS tagged,
          '' AS mapped, 0 AS is_mapped
        FROM ${db}.events
        WHERE site_id = {site:String} AND kind = 'form_start' AND toDate(ts) BETWEEN {from:Date} AND {to:Date}
        GROUP BY form_id
        UNION ALL
        SELECT form_id, '' AS tagged, service_code AS mapped, 1 AS is_mapped
        FROM ${db}.form_services FINAL
        WHERE site_id = {site:String} AND deleted = 0
      )
      GROUP BY form_id
      ) AS m
      LEFT JOIN (
        SELECT toString(form_id) AS form_id, argMax(form_title, seen_at) AS title
        FROM ${db}.form_chrome WHERE site_id = {site:String} AND form_title != '' GROUP BY form_id
      ) AS c ON c.form_id = m.formId
      ORDER BY formId LIMIT 500`,
    query_params: { site, from, to },
    format: 'JSONEachRow',
  });
  const rows = await result.json<{
    formId: string;
    tagged: string;
    mapped: string;
    isMapped: number | string;
    title: string;
  }>();
  return rows.map((r) => ({
    formId: r.formId,
    title: r.title || null,
    tagged: r.tagged,
    mapped: Number(r.isMapped) === 1 ? r.mapped : null,
  }));
}

/**
 * Maps a form to a service code ('' = no service), or removes the mapping (null: the tag counts again).
 *
 * @example
 * await saveFormService(store, 'site-a', 'apply', 'MOIS-0001');
 */
export async function saveFormService(
  store: Store,
  site: string,
  formId: string,
  serviceCode: string | null,
): Promise<void> {
  await store.client.insert({
    table: `${store.database}.form_services`,
    format: 'JSONEachRow',
    values: [
      {
        site_id: site,
        form_id: formId,
        service_code: serviceCode ?? '',
        version: nextVersion(),
        deleted: serviceCode === null ? 1 : 0,
      },
    ],
  });
}
