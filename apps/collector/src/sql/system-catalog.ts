import type { AnalystTable } from './analyst-tables.ts';

/** A `system` table analysts may read, and which of its columns (`'*'`: all). */
interface CatalogTable {
  columns: ReadonlySet<string> | '*';
  /**
   * Columns tools read but analysts may not see (storage paths, sizes counting every agency's rows):
   * answered with a neutral constant of the same type, so queries naming them still run.
   */
  masked?: Readonly<Record<string, string>>;
  /** The row filter keeping what the caller may see; absent: the table holds no tenant data. */
  filter?: (database: string, tables: readonly string[]) => string;
}

function quote(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

function inList(values: readonly string[]): string {
  return values.length === 0 ? "('')" : `(${values.map(quote).join(', ')})`;
}

/**
 * The `system` tables schema browsers read on connect (Grafana, Metabase, DBeaver, JDBC,
 * clickhouse-connect, @clickhouse/client): databases, tables and columns scoped to the analyst's
 * database and readable tables, without storage paths or sizes (sizes count every agency's rows);
 * settings, functions, types, engines, formats, time zones and collations hold no tenant data.
 * Every other `system` table stays refused.
 */
export const CATALOG_TABLES: Readonly<Record<string, CatalogTable>> = {
  'system.databases': {
    columns: new Set(['name', 'engine', 'engine_full', 'comment', 'is_external', 'uuid']),
    masked: { data_path: "''", metadata_path: "''" },
    filter: (database) => `name = ${quote(database)}`,
  },
  'system.tables': {
    columns: new Set([
      'database',
      'name',
      'uuid',
      'engine',
      'is_temporary',
      'metadata_modification_time',
      'dependencies_database',
      'dependencies_table',
      'create_table_query',
      'engine_full',
      'as_select',
      'partition_key',
      'sorting_key',
      'primary_key',
      'sampling_key',
      'storage_policy',
      'comment',
      'has_own_data',
      'loading_dependencies_database',
      'loading_dependencies_table',
      'loading_dependent_database',
      'loading_dependent_table',
    ]),
    // JDBC drivers call a table with no data path a remote table.
    masked: {
      data_paths: "['']",
      metadata_path: "''",
      ...Object.fromEntries(
        [
          'total_rows',
          'total_bytes',
          'total_bytes_uncompressed',
          'parts',
          'active_parts',
          'total_marks',
          'lifetime_rows',
          'lifetime_bytes',
        ].map((c) => [c, 'CAST(NULL AS Nullable(UInt64))']),
      ),
    },
    filter: (database, tables) => `database = ${quote(database)} AND name IN ${inList(tables)}`,
  },
  'system.columns': {
    columns: new Set([
      'database',
      'table',
      'name',
      'type',
      'position',
      'default_kind',
      'default_expression',
      'comment',
      'is_in_partition_key',
      'is_in_sorting_key',
      'is_in_primary_key',
      'is_in_sampling_key',
      'compression_codec',
      'character_octet_length',
      'numeric_precision',
      'numeric_precision_radix',
      'numeric_scale',
      'datetime_precision',
    ]),
    masked: {
      data_compressed_bytes: 'toUInt64(0)',
      data_uncompressed_bytes: 'toUInt64(0)',
      marks_bytes: 'toUInt64(0)',
    },
    filter: (database, tables) => `database = ${quote(database)} AND table IN ${inList(tables)}`,
  },
  'system.settings': { columns: '*' },
  'system.functions': { columns: '*' },
  'system.data_type_families': { columns: '*' },
  'system.table_engines': { columns: '*' },
  'system.formats': { columns: '*' },
  'system.time_zones': { columns: '*' },
  'system.collations': { columns: '*' },
  'system.one': { columns: '*' },
};

/**
 * Functions the filters (WHERE, JOIN … ON) of a query reading `system.tables` may apply to columns.
 * ClickHouse evaluates those filters on the full table list while it reads `system.tables` (before the
 * scope filter), so a function that can fail,
 * wait or reveal a value there (`throwIf`, casts, `intDiv`, `sleep`…) would test the names of tables
 * outside the scope. These cannot: comparisons, logic, pattern tests, string shaping, aggregates.
 */
export const CATALOG_SAFE_FUNCTIONS: ReadonlySet<string> = new Set([
  'equals',
  'notEquals',
  'less',
  'greater',
  'lessOrEquals',
  'greaterOrEquals',
  'and',
  'or',
  'not',
  'xor',
  'in',
  'notIn',
  'like',
  'notLike',
  'ilike',
  'notILike',
  'startsWith',
  'endsWith',
  'position',
  'positionCaseInsensitive',
  'lower',
  'upper',
  'lowerUTF8',
  'upperUTF8',
  'concat',
  'length',
  'lengthUTF8',
  'empty',
  'notEmpty',
  'isNull',
  'isNotNull',
  'ifNull',
  'coalesce',
  'if',
  'multiIf',
  'currentDatabase',
  'database',
  'toString',
  'tuple',
  'has',
  'count',
  'any',
  'anyLast',
  'min',
  'max',
  'groupArray',
  'groupUniqArray',
  'uniq',
  'uniqExact',
  'arrayStringConcat',
  'arrayJoin',
]);

/**
 * The `additional_table_filters` entries that scope the catalog to `tables` (readable tables of
 * `database`), as `'system.tables':'…'` pairs for the SETTINGS clause.
 *
 * @example
 * catalogFilters('minwon_ux', [{ name: 'minwon_ux.events', siteColumn: 'site_id' }]);
 * // ["'system.databases':'name = \\'minwon_ux\\''", …]
 */
export function catalogFilters(database: string, tables: readonly AnalystTable[]): string[] {
  const names = tables.map((t) => t.name.slice(t.name.indexOf('.') + 1)).sort();
  return Object.entries(CATALOG_TABLES).flatMap(([name, { filter }]) =>
    filter ? [`${quote(name)}:${quote(filter(database, names))}`] : [],
  );
}

/** The column names of a catalog table analysts may read, `'*'` for all, undefined when not a catalog table. */
export function catalogColumns(table: string): ReadonlySet<string> | '*' | undefined {
  return Object.hasOwn(CATALOG_TABLES, table) ? CATALOG_TABLES[table]?.columns : undefined;
}
