import type { Store } from '../store/create-store.ts';
import { type SiteAgencies, serviceFormsSql } from './service-forms.ts';

/**
 * The service codes of the given sites' forms in the range (mapped or tagged), with the agencies
 * that have forms of each.
 *
 * @example
 * const services = await queryServices(store, { from, to, siteAgencies }); // [{ code: 'MOIS-0001', agencies: ['a'] }]
 */
export async function queryServices(
  store: Store,
  q: { from: string; to: string; siteAgencies: SiteAgencies },
): Promise<{ code: string; agencies: string[] }[]> {
  if (q.siteAgencies.sites.length === 0) return [];
  const result = await store.client.query({
    query: `SELECT service AS code,
        arraySort(groupUniqArray(transform(site_id, {sites:Array(String)}, {agencies:Array(String)}, ''))) AS agencies
      FROM (${serviceFormsSql(store.database)})
      GROUP BY service ORDER BY service`,
    query_params: { ...q.siteAgencies, from: q.from, to: q.to, service: '' },
    format: 'JSONEachRow',
  });
  return result.json<{ code: string; agencies: string[] }>();
}
