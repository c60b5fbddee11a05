import type { SqlConfig } from '../config.ts';
import type { Store } from '../store/create-store.ts';
import { listAnalystTables } from './analyst-tables.ts';
import { parseAst } from './ast-tree.ts';
import { presentCatalogColumns, scopeCatalogReferences } from './catalog-rewrite.ts';
import { checkAst, checkQueryTree } from './check-ast.ts';
import { scopedSettings } from './scoped-settings.ts';
import { rewriteShowStatement } from './show-statements.ts';
import { SqlError, toSqlError } from './sql-error.ts';

/** Output formats analysts may ask for (serialisations only; none reads a schema file). */
const FORMATS =
  /^(JSON|JSONStrings|JSONCompact\w*|JSONEachRow\w*|JSONStringsEachRow\w*|JSONObjectEachRow|JSONColumns\w*|NDJSON|JSONLines|TSV\w*|TabSeparated\w*|CSV\w*|Pretty\w*|Vertical|Values|Markdown|XML|Null|Parquet|Arrow|ArrowStream|ORC|Native|RowBinary\w*|LineAsString|Raw|TSVRaw)$/;

async function text(store: Store, query: string, params: Record<string, unknown>): Promise<string> {
  try {
    const result = await store.client.exec({
      query,
      query_params: params,
      clickhouse_settings: { default_format: 'TabSeparatedRaw' },
    });
    let out = '';
    for await (const chunk of result.stream) out += chunk.toString();
    return out;
  } catch (cause) {
    throw toSqlError(cause);
  }
}

export interface PreparedQuery {
  /** The canonical query with our SETTINGS appended: exactly what was checked and what runs. */
  query: string;
  format: string;
}

/**
 * Turns an analyst's query into the one that runs: ClickHouse formats it (one statement, canonical
 * text), a trailing FORMAT is taken off, our read-only/limits/row-filter SETTINGS are appended, then
 * the result is checked twice with ClickHouse's own parser — `EXPLAIN AST` (statement kind, functions,
 * settings, table functions) and `EXPLAIN QUERY TREE` (every table it resolves to, and the columns
 * it reads from the schema catalog).
 *
 * @example
 * const { query, format } = await prepareAnalystQuery(store, { sql, params, siteKeys, limits, defaultFormat: 'TSV' });
 */
export async function prepareAnalystQuery(
  store: Store,
  {
    sql,
    params,
    siteKeys,
    limits,
    defaultFormat,
    output = [],
  }: {
    sql: string;
    params: Record<string, string>;
    siteKeys: ReadonlySet<string>;
    limits: SqlConfig;
    defaultFormat: string;
    /** Output settings the client asked for (`client-settings.ts`). */
    output?: readonly string[];
  },
): Promise<PreparedQuery> {
  if (sql.trim() === '') throw new SqlError(400, 'SYNTAX_ERROR', 'Empty query.');
  const tables = await listAnalystTables(store);
  const readable = new Set(tables.map((t) => t.name));
  const statement = rewriteShowStatement(sql, store.database, readable);
  const canonical = (await text(store, 'SELECT formatQuerySingleLine({q:String})', { q: statement })).replace(
    /\n$/,
    '',
  );
  const trailing = canonical.match(/ FORMAT ([A-Za-z0-9_]+)$/);
  const body = scopeCatalogReferences(
    trailing ? canonical.slice(0, trailing.index) : canonical,
    await presentCatalogColumns(store),
  );
  const format = trailing?.[1] ?? defaultFormat;
  if (/\bPREWHERE\b/i.test(body)) {
    throw new SqlError(
      403,
      'ACCESS_DENIED',
      'PREWHERE is not allowed here (it would run before the site filter); use WHERE.',
    );
  }
  if (!FORMATS.test(format)) throw new SqlError(400, 'UNKNOWN_FORMAT', `Format ${format} is not offered here.`);
  const settings = scopedSettings(tables, siteKeys, limits, { database: store.database, output });
  const query = `${body} SETTINGS ${settings}`;
  checkAst(parseAst(await text(store, `EXPLAIN AST ${query}`, params)), store.database);
  checkQueryTree(await text(store, `EXPLAIN QUERY TREE ${query}`, params), readable);
  return { query, format };
}
