import type { Store } from '../store/create-store.ts';
import { CATALOG_TABLES } from './system-catalog.ts';

/** Catalog tables read through a projection of their readable columns (those with a column list). */
const PROJECTED = Object.entries(CATALOG_TABLES).flatMap(([name, { columns }]) =>
  columns === '*' ? [] : [[name, columns] as const],
);

const cache = new WeakMap<Store, Promise<ReadonlyMap<string, readonly string[]>>>();

/**
 * The readable columns of each projected catalog table that this ClickHouse has (older servers lack
 * some), asked once per store.
 *
 * @example
 * const columns = await presentCatalogColumns(store); // Map { 'system.tables' => ['database', 'name', …] }
 */
export function presentCatalogColumns(store: Store): Promise<ReadonlyMap<string, readonly string[]>> {
  let found = cache.get(store);
  if (!found) {
    found = (async () => {
      const result = await store.client.query({
        query: `SELECT concat(database, '.', table) AS t, name FROM system.columns
                WHERE database = 'system' AND table IN {tables:Array(String)} ORDER BY position`,
        query_params: { tables: PROJECTED.map(([name]) => name.slice('system.'.length)) },
        format: 'JSONEachRow',
      });
      const rows = await result.json<{ t: string; name: string }>();
      return new Map(
        PROJECTED.map(([name, allowed]) => [
          name,
          rows.filter((r) => r.t === name && allowed.has(r.name)).map((r) => r.name),
        ]),
      );
    })();
    found.catch(() => cache.delete(store));
    cache.set(store, found);
  }
  return found;
}

/** A quoted token (skipped), or a catalog table reference with its optional alias. */
const TOKENS =
  /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`|\bsystem\.(databases|tables|columns)\b(?!\.)(?:\s+AS\s+(`(?:[^`\\]|\\.)*`|[A-Za-z_]\w*))?/g;

/**
 * Replaces each reference to `system.databases|tables|columns` in a canonical query (outside string
 * literals and quoted names) by a subquery of the columns analysts may read, under the same name or
 * alias — so `SELECT *` and tools listing every column work and never see storage paths or sizes.
 * The scope filter (`additional_table_filters`) still applies to the inner read.
 *
 * @example
 * scopeCatalogReferences('SELECT * FROM system.databases', columns);
 * // 'SELECT * FROM (SELECT name, engine, … FROM system.databases) AS databases'
 */
export function scopeCatalogReferences(query: string, columns: ReadonlyMap<string, readonly string[]>): string {
  return query.replace(TOKENS, (token, table: string | undefined, alias: string | undefined) => {
    if (!table) return token;
    const list = columns.get(`system.${table}`);
    if (!list || list.length === 0) return token;
    return `(SELECT ${list.map((c) => `\`${c}\``).join(', ')} FROM system.${table}) AS ${alias ?? table}`;
  });
}
