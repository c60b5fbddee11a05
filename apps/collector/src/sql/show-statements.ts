import { SqlError } from './sql-error.ts';

const FORMAT = String.raw`(?:\s+FORMAT\s+(\w+))?`;
const NAME = String.raw`\x60?(\w+)\x60?`;
const SHOW_DATABASES = new RegExp(String.raw`^SHOW\s+DATABASES${FORMAT}$`, 'i');
const SHOW_TABLES = new RegExp(
  String.raw`^SHOW\s+(?:FULL\s+)?TABLES(?:\s+(?:FROM|IN)\s+${NAME})?(?:\s+(NOT\s+)?(I?LIKE)\s+'([^'\\]*)')?${FORMAT}$`,
  'i',
);
const DESCRIBE = new RegExp(String.raw`^DESC(?:RIBE)?(?:\s+TABLE)?\s+(?:${NAME}\.)?${NAME}${FORMAT}$`, 'i');
const EXISTS = new RegExp(String.raw`^EXISTS(?:\s+TEMPORARY)?(?:\s+TABLE)?\s+(?:${NAME}\.)?${NAME}${FORMAT}$`, 'i');
const SHOW_CREATE = new RegExp(String.raw`^SHOW\s+CREATE(?:\s+TABLE)?\s+(?:${NAME}\.)?${NAME}${FORMAT}$`, 'i');

function withFormat(select: string, format: string | undefined): string {
  return format ? `${select} FORMAT ${format}` : select;
}

/**
 * `SHOW DATABASES`, `SHOW TABLES [FROM db] [LIKE '…']`, `DESCRIBE [TABLE] [db.]table`,
 * `EXISTS [TABLE] [db.]table` and `SHOW CREATE [TABLE] [db.]table` (schema tools send them), which
 * ClickHouse answers from its catalog, as the equivalent SELECT over the scoped catalog
 * (`system-catalog.ts`), so they show only what the caller may read; any other statement is returned
 * unchanged. Describing a table that is not readable is refused like reading it.
 *
 * @example
 * rewriteShowStatement('SHOW TABLES', 'minwon_ux', new Set(['minwon_ux.events']));
 * // "SELECT name FROM system.tables WHERE database = 'minwon_ux' ORDER BY name"
 */
export function rewriteShowStatement(sql: string, database: string, readable: ReadonlySet<string>): string {
  const statement = sql.trim().replace(/;\s*$/, '').trim();
  const databases = statement.match(SHOW_DATABASES);
  if (databases) return withFormat('SELECT name FROM system.databases ORDER BY name', databases[1]);
  const tables = statement.match(SHOW_TABLES);
  if (tables) {
    const [, db = database, not, like, pattern, format] = tables;
    if (db !== database)
      throw new SqlError(404, 'UNKNOWN_DATABASE', `Database ${db} does not exist here; use ${database}.`);
    const filter = like ? ` AND name ${not ? 'NOT ' : ''}${like.toUpperCase()} '${pattern}'` : '';
    return withFormat(`SELECT name FROM system.tables WHERE database = '${db}'${filter} ORDER BY name`, format);
  }
  const describe = statement.match(DESCRIBE);
  if (describe) {
    const [, db = database, table = '', format] = describe;
    if (!readable.has(`${db}.${table}`))
      throw new SqlError(403, 'ACCESS_DENIED', `Table ${db}.${table} is not readable here.`);
    return withFormat(
      `SELECT name, type, default_kind AS default_type, default_expression, comment, compression_codec AS codec_expression, '' AS ttl_expression FROM system.columns WHERE database = '${db}' AND table = '${table}' ORDER BY position`,
      format,
    );
  }
  const exists = statement.match(EXISTS);
  if (exists) {
    const [, db = database, table = '', format] = exists;
    return withFormat(
      `SELECT count() AS result FROM system.tables WHERE database = '${db}' AND name = '${table}'`,
      format,
    );
  }
  const create = statement.match(SHOW_CREATE);
  if (create) {
    const [, db = database, table = '', format] = create;
    if (!readable.has(`${db}.${table}`))
      throw new SqlError(403, 'ACCESS_DENIED', `Table ${db}.${table} is not readable here.`);
    return withFormat(
      `SELECT create_table_query AS statement FROM system.tables WHERE database = '${db}' AND name = '${table}'`,
      format,
    );
  }
  return sql;
}
