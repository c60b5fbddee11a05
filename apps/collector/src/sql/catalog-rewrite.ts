import type { Store } from '../store/create-store.ts';
import { CATALOG_TABLES } from './system-catalog.ts';

/** Catalog tables read through a projection of their readable and masked columns (those with a column list). */
const PROJECTED = Object.entries(CATALOG_TABLES).flatMap(([name, { columns, masked = {} }]) =>
  columns === '*' ? [] : [[name, columns, masked] as const],
);

const cache = new WeakMap<Store, Promise<ReadonlyMap<string, readonly string[]>>>();

/**
 * For each projected catalog table, the projection this ClickHouse can run: its readable columns and
 * its masked columns as constants, in the table's own column order (older servers lack some columns),
 * asked once per store.
 *
 * @example
 * const columns = await presentCatalogColumns(store); // Map { 'system.tables' => ['`database`', …, "[''] AS `data_paths`", …] }
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
        PROJECTED.map(([name, allowed, masked]) => [
          name,
          rows
            .filter((r) => r.t === name)
            .flatMap(({ name: column }) => {
              if (allowed.has(column)) return [`\`${column}\``];
              const constant = masked[column];
              return constant ? [`${constant} AS \`${column}\``] : [];
            }),
        ]),
      );
    })();
    found.catch(() => cache.delete(store));
    cache.set(store, found);
  }
  return found;
}

/** A string literal, a double-quoted or a back-quoted name (backslash escapes inside). */
const QUOTED = ["'(?:[^'\\\\]|\\\\.)*'", '"(?:[^"\\\\]|\\\\.)*"', '`(?:[^`\\\\]|\\\\.)*`'].join('|');
/** A quoted token (skipped), or a catalog table reference with its optional alias. */
const TABLE_REFERENCES = new RegExp(
  `${QUOTED}|\\bsystem\\.(databases|tables|columns)\\b(?!\\.)(?:\\s+AS\\s+(\`(?:[^\`\\\\]|\\\\.)*\`|[A-Za-z_]\\w*))?`,
  'g',
);
/** A quoted token (skipped), or a column qualified by a catalog table's full name (`system.tables.name`). */
const QUALIFIED_COLUMNS = new RegExp(`${QUOTED}|\\bsystem\\.(databases|tables|columns)\\.(?=[A-Za-z_\`])`, 'g');

/**
 * Replaces each reference to `system.databases|tables|columns` in a canonical query (outside string
 * literals and quoted names) by a subquery of the columns analysts may read — the others as neutral
 * constants — under the same name or alias, so `SELECT *` and tools naming storage columns work and
 * never see storage paths or sizes. Columns qualified by the table's full name
 * (`system.tables.database`, as JDBC drivers write) then refer to that alias. The scope filter
 * (`additional_table_filters`) still applies to the inner read.
 *
 * @example
 * scopeCatalogReferences('SELECT * FROM system.databases', columns);
 * // 'SELECT * FROM (SELECT `name`, …, '' AS `data_path`, … FROM system.databases) AS databases'
 */
export function scopeCatalogReferences(query: string, columns: ReadonlyMap<string, readonly string[]>): string {
  const aliases = new Map<string, string>();
  const scoped = query.replace(TABLE_REFERENCES, (token, table: string | undefined, alias: string | undefined) => {
    if (!table) return token;
    const list = columns.get(`system.${table}`);
    if (!list || list.length === 0) return token;
    const name = alias ?? table;
    if (!aliases.has(table)) aliases.set(table, name);
    return `(SELECT ${list.join(', ')} FROM system.${table}) AS ${name}`;
  });
  return scoped.replace(QUALIFIED_COLUMNS, (token, table: string | undefined) => {
    if (!table) return token;
    const alias = aliases.get(table);
    return alias ? `${alias}.` : token;
  });
}
