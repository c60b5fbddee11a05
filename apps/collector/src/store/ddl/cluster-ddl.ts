import { closingParen, replaceTableName, splitTopLevel } from './sql-text.ts';

/**
 * Where a rendered statement must run on a cluster whose migrations are applied host by host:
 * - `every-host`: DDL each host needs itself (databases, Distributed tables, views, replicated
 *   tables' metadata — idempotent with IF NOT EXISTS, so a replica that already has it changes nothing);
 * - `one-replica-per-shard`: data statements on a shard's local tables (backfills, mutations), which
 *   replication copies to the shard's other replicas — run twice, they would count twice;
 * - `one-host`: data statements over the whole cluster (inserts through a Distributed table, or
 *   into a table replicated to every host).
 */
export type StatementScope = 'every-host' | 'one-replica-per-shard' | 'one-host';

export interface RenderedStatement {
  sql: string;
  scope: StatementScope;
}

export interface ClusterDdlOptions {
  /** The cluster's name in the servers' `remote_servers`. */
  cluster: string;
  /**
   * `Replicated*MergeTree` engines (the default). `false` keeps plain engines under the same
   * local/Distributed layout: a single host without Keeper (the chdb test) can run that.
   */
  replicated?: boolean;
}

/** The path of a sharded table's replicas in Keeper: one per shard. */
export const SHARDED_PATH = '/clickhouse/tables/{shard}/{database}/{table}';
/** Tables every host holds whole (sites, accounts…): one Keeper path for the cluster, as PostHog's "noshard". */
export const EVERYWHERE_PATH = '/clickhouse/tables/all/{database}/{table}';
/** A session's events, rollup rows and replay chunks live on one shard. */
export const SESSION_SHARDING_KEY = 'cityHash64(session_id)';

const CREATE_TABLE = /^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([\w.]+)\s*\(/i;
const CREATE_MV = /^CREATE\s+MATERIALIZED\s+VIEW\s+(?:IF\s+NOT\s+EXISTS\s+)?([\w.]+)\s+TO\s+([\w.]+)/i;
const MERGE_TREE_ENGINE = /^(\s*)ENGINE\s*=\s*(\w*MergeTree)\b(\s*\()?/i;
const FIRST_FROM = /\bFROM\s+([\w]+\.[\w]+)/i;
const ALTER_TABLE = /^ALTER\s+TABLE\s+([\w.]+)\s+/i;
const ALTER_VERB =
  /^(ADD|DROP|MODIFY|RENAME|CLEAR|COMMENT|MATERIALIZE|DELETE|UPDATE|RESET|FREEZE|UNFREEZE|ATTACH|DETACH|MOVE|REPLACE|APPLY|FETCH|REMOVE)\b/i;
const MUTATION_CLAUSE = /^(DELETE|UPDATE|MATERIALIZE|CLEAR|APPLY)\b/i;
const COLUMN_CLAUSE = /^(ADD|DROP|MODIFY|RENAME|COMMENT)\s+COLUMN\b/i;

/** Whether a `(…)` column list declares `name` as a column. */
function declares(columns: string, name: string): boolean {
  return new RegExp(`(?:^|[(,])\\s*\`?${name}\`?\\s+\\S`, 'm').test(columns);
}

/**
 * The tables a cluster shards, from every statement of the schema: MergeTree tables holding a site's
 * sessions (`site_id` and `session_id` columns: events, replay chunks, session facts) and, through
 * materialized views, every table filled from a sharded one (the rollups). The rest (sites, changes,
 * accounts, the insight archive) is small and replicated whole to every host.
 *
 * @example
 * shardedTables(['CREATE TABLE db.events (site_id String, session_id String) ENGINE = MergeTree ORDER BY site_id']);
 * // Set { 'db.events' }
 */
export function shardedTables(statements: readonly string[]): Set<string> {
  const sharded = new Set<string>();
  const feeds: [source: string, target: string][] = [];
  for (const statement of statements) {
    const table = CREATE_TABLE.exec(statement);
    if (table) {
      const open = table[0].length - 1;
      const columns = statement.slice(open, closingParen(statement, open) + 1);
      const rest = statement.slice(open + columns.length);
      if (MERGE_TREE_ENGINE.test(rest) && declares(columns, 'site_id') && declares(columns, 'session_id')) {
        sharded.add(table[1]!);
      }
      continue;
    }
    const view = CREATE_MV.exec(statement);
    const source = view && FIRST_FROM.exec(statement.slice(view[0].length));
    if (view && source) feeds.push([source[1]!, view[2]!]);
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const [source, target] of feeds) {
      if (sharded.has(source) && !sharded.has(target)) {
        sharded.add(target);
        grew = true;
      }
    }
  }
  return sharded;
}

const local = (table: string) => `${table}_local`;

function replicatedSettings(text: string, replicated: boolean): string {
  return replicated
    ? text.replaceAll(/\bnon_replicated_deduplication_window\b/g, 'replicated_deduplication_window')
    : text;
}

function renderCreateTable(
  statement: string,
  match: RegExpExecArray,
  sharded: Set<string>,
  options: ClusterDdlOptions,
) {
  const replicated = options.replicated ?? true;
  const table = match[1]!;
  const open = match[0].length - 1;
  const close = closingParen(statement, open);
  const engine = MERGE_TREE_ENGINE.exec(statement.slice(close + 1));
  if (!engine) return [{ sql: statement, scope: 'every-host' as const }];
  const engineStart = close + 1 + engine[1]!.length;
  let argsEnd = close + 1 + engine[0].length;
  let args = '';
  if (engine[3]) {
    const argsClose = closingParen(statement, argsEnd - 1);
    args = statement.slice(argsEnd, argsClose).trim();
    argsEnd = argsClose + 1;
  }
  const isSharded = sharded.has(table);
  const name = isSharded ? local(table) : table;
  const keeper = isSharded ? `'${SHARDED_PATH}', '{replica}'` : `'${EVERYWHERE_PATH}', '{shard}-{replica}'`;
  const newEngine = replicated
    ? `ENGINE = Replicated${engine[2]}(${keeper}${args ? `, ${args}` : ''})`
    : `ENGINE = ${engine[2]}${args ? `(${args})` : ''}`;
  const head = statement.slice(0, engineStart).replace(table, name);
  const created = `${head}${newEngine}${replicatedSettings(statement.slice(argsEnd), replicated)}`;
  if (!isSharded) return [{ sql: created, scope: 'every-host' as const }];
  const [database, bare] = table.split('.') as [string, string];
  const key = declares(statement.slice(open, close + 1), 'session_id') ? SESSION_SHARDING_KEY : 'rand()';
  const distributed = `CREATE TABLE IF NOT EXISTS ${table} AS ${name}\nENGINE = Distributed('${options.cluster}', '${database}', '${local(bare)}', ${key})`;
  return [
    { sql: created, scope: 'every-host' as const },
    { sql: distributed, scope: 'every-host' as const },
  ];
}

/** Every sharded table named in `text` rewritten to its local table. */
function toLocal(text: string, sharded: Set<string>): string {
  let out = text;
  for (const table of sharded) out = replaceTableName(out, table, local(table));
  return out;
}

function renderAlter(statement: string, table: string, sharded: Set<string>, replicated: boolean): RenderedStatement[] {
  const head = ALTER_TABLE.exec(statement)!;
  const clauses: string[] = [];
  for (const part of splitTopLevel(statement.slice(head[0].length))) {
    if (ALTER_VERB.test(part) || clauses.length === 0) clauses.push(part);
    else clauses[clauses.length - 1] += `, ${part}`;
  }
  const mutation = clauses.every((c) => MUTATION_CLAUSE.test(c));
  const isSharded = sharded.has(table);
  const target = isSharded ? local(table) : table;
  const rendered: RenderedStatement[] = [
    {
      sql: replicatedSettings(`ALTER TABLE ${target} ${clauses.join(', ')}`, replicated),
      scope: mutation ? (isSharded ? 'one-replica-per-shard' : 'one-host') : 'every-host',
    },
  ];
  const columnClauses = clauses.filter((c) => COLUMN_CLAUSE.test(c));
  if (isSharded && columnClauses.length > 0) {
    rendered.push({ sql: `ALTER TABLE ${table} ${columnClauses.join(', ')}`, scope: 'every-host' });
  }
  return rendered;
}

/**
 * Renders one statement of a single-node migration for a cluster: a sharded table becomes
 * `<name>_local` (`Replicated*MergeTree`, Keeper path per shard) plus `<name>` as a `Distributed`
 * table over it, so every reader keeps querying `minwon_ux.events`; a small table stays one table,
 * replicated to every host; materialized views and backfills read and write the local tables;
 * column changes reach both the local and the Distributed table. Statements it does not recognise
 * pass through unchanged (and are still parsed by the DDL test).
 *
 * @example
 * const sharded = shardedTables(statements);
 * statements.flatMap((s) => renderForCluster(s, sharded, { cluster: 'minwon' }));
 */
export function renderForCluster(
  statement: string,
  sharded: Set<string>,
  options: ClusterDdlOptions,
): RenderedStatement[] {
  const replicated = options.replicated ?? true;
  const table = CREATE_TABLE.exec(statement);
  if (table) return renderCreateTable(statement, table, sharded, options);

  const view = CREATE_MV.exec(statement);
  if (view) {
    const rest = statement.slice(view[0].length);
    const source = FIRST_FROM.exec(rest);
    const target = view[2]!;
    const head = view[0].replace(
      new RegExp(`\\bTO\\s+${target.replace('.', '\\.')}$`),
      `TO ${sharded.has(target) ? local(target) : target}`,
    );
    const body =
      source && sharded.has(source[1]!)
        ? `${rest.slice(0, source.index)}FROM ${local(source[1]!)}${rest.slice(source.index + source[0].length)}`
        : rest;
    return [{ sql: head + body, scope: 'every-host' }];
  }

  const insert = /^INSERT\s+INTO\s+([\w.]+)/i.exec(statement);
  if (insert) {
    const target = insert[1]!;
    const readsSharded = [...sharded].some((t) => t !== target && replaceTableName(statement, t, '') !== statement);
    if (sharded.has(target) && readsSharded)
      return [{ sql: toLocal(statement, sharded), scope: 'one-replica-per-shard' }];
    return [{ sql: statement, scope: 'one-host' }];
  }

  const alter = ALTER_TABLE.exec(statement);
  if (alter) return renderAlter(statement, alter[1]!, sharded, replicated);

  const drop = /^DROP\s+TABLE\s+(IF\s+EXISTS\s+)?([\w.]+)/i.exec(statement);
  if (drop && sharded.has(drop[2]!)) {
    return [
      { sql: statement, scope: 'every-host' },
      { sql: `DROP TABLE ${drop[1] ?? ''}${local(drop[2]!)}${statement.slice(drop[0].length)}`, scope: 'every-host' },
    ];
  }

  const perShard = /^(OPTIMIZE\s+TABLE|TRUNCATE\s+TABLE(?:\s+IF\s+EXISTS)?|DELETE\s+FROM)\s+([\w.]+)/i.exec(statement);
  if (perShard) {
    const isSharded = sharded.has(perShard[2]!);
    return [
      {
        sql: isSharded ? toLocal(statement, new Set([perShard[2]!])) : statement,
        scope: isSharded ? 'one-replica-per-shard' : 'one-host',
      },
    ];
  }
  return [{ sql: statement, scope: 'every-host' }];
}
