import type { FormServiceMapping } from '@minwon-ux/api-contract';
import { nextVersion } from '../auth/version-clock.ts';
import { queryChromeRows } from '../insights/labels/chrome-rows.ts';
import { formLabels } from '../insights/labels/form-labels.ts';
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
    query: `SELECT form_id AS formId, max(tagged) AS tagged, max(mapped) AS mapped, max(is_mapped) AS isMapped
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
      GROUP BY form_id ORDER BY form_id LIMIT 500`,
    query_params: { site, from, to },
    format: 'JSONEachRow',
  });
  const rows = await result.json<{ formId: string; tagged: string; mapped: string; isMapped: number | string }>();
  // each form's title as the other pages name it: the latest page chrome as of the range's end
  const titles = formLabels(await queryChromeRows(store, { site, to }), new Set(rows.map((r) => r.formId)))?.forms;
  return rows.map((r) => ({
    formId: r.formId,
    title: titles?.[r.formId] ?? null,
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
