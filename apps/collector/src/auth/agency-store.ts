import type { Store } from '../store/create-store.ts';
import { nextVersion } from './version-clock.ts';

/** An agency (기관): owns sites (`sites.agency_id`) and users. */
export interface Agency {
  id: string;
  name: string;
}

/**
 * Live agencies, ordered by id.
 *
 * @example
 * const agencies = await listAgencies(store);
 */
export async function listAgencies(store: Store): Promise<Agency[]> {
  const result = await store.client.query({
    query: `SELECT agency_id AS id, name FROM ${store.database}.agencies FINAL WHERE deleted = 0 ORDER BY agency_id`,
    format: 'JSONEachRow',
  });
  return result.json<Agency>();
}

/** The live agency with this id, if any. */
export async function findAgency(store: Store, id: string): Promise<Agency | undefined> {
  const result = await store.client.query({
    query: `SELECT agency_id AS id, name FROM ${store.database}.agencies FINAL WHERE deleted = 0 AND agency_id = {id:String}`,
    query_params: { id },
    format: 'JSONEachRow',
  });
  return (await result.json<Agency>())[0];
}

/** Creates or renames an agency. */
export async function saveAgency(store: Store, agency: Agency): Promise<void> {
  await store.client.insert({
    table: `${store.database}.agencies`,
    format: 'JSONEachRow',
    values: [{ agency_id: agency.id, name: agency.name, version: nextVersion(), deleted: 0 }],
  });
}
