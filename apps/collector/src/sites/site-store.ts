import { onCluster, type Store } from '../store/create-store.ts';
import { normalizeOrigin, type Site, type SiteInput, siteInputSchema } from './site.ts';

interface SiteRow {
  site_key: string;
  name: string;
  agency_id: string;
  origins: string[];
  retention_days: number;
  allowed_params: string[];
}

function fromRow(row: SiteRow): Site {
  return {
    key: row.site_key,
    name: row.name,
    agency: row.agency_id,
    origins: row.origins,
    retentionDays: Number(row.retention_days),
    allowedParams: row.allowed_params,
  };
}

/**
 * Inserts or replaces sites (validated) in `sites`.
 *
 * @example
 * await upsertSites(store, [{ key: 'demo', name: '데모', origins: ['http://localhost:8790'] }]);
 */
export async function upsertSites(store: Store, inputs: readonly SiteInput[]): Promise<Site[]> {
  const sites = inputs.map((input) => {
    const site = siteInputSchema.parse(input);
    return { ...site, origins: site.origins.map(normalizeOrigin) };
  });
  if (sites.length === 0) return [];
  const before = new Map((await listSites(store)).map((site) => [site.key, site.retentionDays]));
  await store.client.insert({
    table: `${store.database}.sites`,
    format: 'JSONEachRow',
    values: sites.map((s) => ({
      site_key: s.key,
      name: s.name,
      agency_id: s.agency,
      origins: s.origins,
      retention_days: s.retentionDays,
      allowed_params: s.allowedParams,
      updated_at: Date.now(),
    })),
  });
  for (const site of sites) {
    const previous = before.get(site.key);
    if (previous !== undefined && previous !== site.retentionDays) {
      await applyRetention(store, site.key, site.retentionDays);
    }
  }
  return sites;
}

/**
 * Rewrites a site's stored `retention_days` everywhere it drives a TTL (events, replay chunks and
 * the per-session rollups), so a changed retention applies to rows already stored, not only to new
 * ones: ClickHouse recomputes the TTL of the parts the mutation rewrites, and a shortened retention
 * removes the rows past it right away. Runs as a background mutation (durable once submitted).
 */
export async function applyRetention(store: Store, key: string, days: number): Promise<void> {
  for (const table of await tablesWithColumns(store, ['site_id', 'retention_days'])) {
    await store.client.command({
      query: `ALTER TABLE ${store.database}.${table}${onCluster(store)} UPDATE retention_days = {days:UInt16}
              WHERE site_id = {key:String} AND retention_days != {days:UInt16}`,
      query_params: { key, days },
    });
  }
}

/** Every site that is not deleted, newest version of each. */
export async function listSites(store: Store): Promise<Site[]> {
  const result = await store.client.query({
    query: `SELECT site_key, name, agency_id, origins, retention_days, allowed_params
            FROM ${store.database}.sites FINAL WHERE deleted = 0 ORDER BY site_key`,
    format: 'JSONEachRow',
  });
  return (await result.json<SiteRow>()).map(fromRow);
}

/**
 * Deletes a site and its data: `markSiteDeleted`, then `deleteSiteData`. Returns false for an
 * unknown key. A running collector should delete through `Ingest.deleteSite`, which also drains rows
 * of the site still on its spool in between.
 *
 * @example
 * await deleteSite(store, 'demo');
 */
export async function deleteSite(store: Store, key: string): Promise<boolean> {
  const existed = await markSiteDeleted(store, key);
  await deleteSiteData(store, key);
  return existed;
}

/** Marks a site deleted (ingest refuses its key from the next registry refresh on). */
export async function markSiteDeleted(store: Store, key: string): Promise<boolean> {
  const db = store.database;
  const found = await store.client.query({
    query: `SELECT count() AS n FROM ${db}.sites FINAL WHERE site_key = {key:String} AND deleted = 0`,
    query_params: { key },
    format: 'JSONEachRow',
  });
  const [{ n } = { n: 0 }] = await found.json<{ n: string | number }>();
  await store.client.command({
    query: `INSERT INTO ${db}.sites (site_key, name, agency_id, origins, retention_days, allowed_params, created_at, updated_at, deleted)
            SELECT site_key, name, agency_id, origins, retention_days, allowed_params, created_at, now64(3), 1
            FROM ${db}.sites FINAL WHERE site_key = {key:String}`,
    query_params: { key },
  });
  return Number(n) > 0;
}

/**
 * Every table of the database that holds rows per site: the tables with a `site_id` column (events,
 * replay chunks, every rollup, changes). Found at deletion time, so a table a later migration adds
 * is covered without anyone remembering to list it.
 */
function tablesWithSiteRows(store: Store): Promise<string[]> {
  return tablesWithColumns(store, ['site_id']);
}

/** The MergeTree tables of the database that have every one of `columns`. */
async function tablesWithColumns(store: Store, columns: string[]): Promise<string[]> {
  const result = await store.client.query({
    query: `SELECT t.name AS name FROM system.tables AS t
            INNER JOIN system.columns AS c ON c.database = t.database AND c.table = t.name
            WHERE t.database = {db:String} AND c.name IN {columns:Array(String)} AND t.engine LIKE '%MergeTree'
            GROUP BY name HAVING count() = length({columns:Array(String)})
            ORDER BY name`,
    query_params: { db: store.database, columns },
    format: 'JSONEachRow',
  });
  return (await result.json<{ name: string }>()).map((r) => r.name);
}

/** Removes a site's rows from every table that holds rows per site (synchronous mutations). */
export async function deleteSiteData(store: Store, key: string): Promise<void> {
  for (const table of await tablesWithSiteRows(store)) {
    await store.client.command({
      query: `ALTER TABLE ${store.database}.${table}${onCluster(store)} DELETE WHERE site_id = {key:String}`,
      query_params: { key },
      clickhouse_settings: { mutations_sync: '1' },
    });
  }
}
