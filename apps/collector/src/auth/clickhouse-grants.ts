import { createHash, randomBytes } from 'node:crypto';
import type { SqlConfig } from '../config.ts';

export interface GrantsInput {
  database: string;
  /** Tables analysts may read and the column that scopes them (see `listAnalystTables`). */
  tables: readonly { name: string; siteColumn: string }[];
  agencies: readonly { id: string; name: string }[];
  sites: readonly { key: string; agency: string }[];
  analysts: readonly { email: string; agencyId: string }[];
  /** The ClickHouse user the collector connects as: it keeps seeing every row. */
  collectorUser: string;
  limits: SqlConfig;
}

export interface GrantsOutput {
  sql: string;
  /** One generated password per analyst user, to hand over once (only hashes are in `sql`). */
  credentials: { user: string; password: string }[];
}

const SITE_KEY = /^[A-Za-z0-9_-]+$/;

/** A back-quoted ClickHouse identifier. */
export function quoteIdent(name: string): string {
  return `\`${name.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``;
}

/** A single-quoted ClickHouse string literal. */
export function quoteString(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

function qualified(name: string): string {
  const dot = name.indexOf('.');
  return `${quoteIdent(name.slice(0, dot))}.${quoteIdent(name.slice(dot + 1))}`;
}

/** The role of an agency's analysts: `minwon_agency_<id>`. */
export function agencyRole(agencyId: string): string {
  return `minwon_agency_${agencyId.replaceAll(/[^A-Za-z0-9_]/g, '_')}`;
}

/**
 * ClickHouse SQL for server mode: a read-only settings profile with limits, a role per agency with
 * SELECT on the analyst tables and row policies keeping its sites' rows, a user per analyst with a
 * generated password (stored as SHA-256), and a policy letting the collector's user see every row
 * (once a table has row policies, users without one see nothing). Re-run after site changes.
 *
 * @example
 * const { sql, credentials } = generateGrants({ database: 'minwon_ux', tables, agencies, sites, analysts, collectorUser: 'default', limits });
 */
export function generateGrants(input: GrantsInput): GrantsOutput {
  const { tables, limits } = input;
  const lines = [
    '-- minwon-ux analyst access for a ClickHouse server (generated; re-run after agency, site or analyst changes).',
    `CREATE SETTINGS PROFILE OR REPLACE minwon_analyst SETTINGS readonly = 1, max_execution_time = ${limits.maxExecutionSeconds}, max_result_rows = ${limits.maxResultRows}, result_overflow_mode = 'throw', max_memory_usage = ${limits.maxMemoryBytes};`,
  ];
  for (const { name } of tables) {
    lines.push(
      `CREATE ROW POLICY OR REPLACE minwon_collector ON ${qualified(name)} FOR SELECT USING 1 TO ${quoteIdent(input.collectorUser)};`,
    );
  }
  const credentials: GrantsOutput['credentials'] = [];
  for (const agency of input.agencies) {
    const role = quoteIdent(agencyRole(agency.id));
    const keys = input.sites
      .filter((s) => s.agency === agency.id && SITE_KEY.test(s.key))
      .map((s) => quoteString(s.key));
    lines.push('', `-- ${agency.id}: ${agency.name.replaceAll('\n', ' ')}`);
    lines.push(`CREATE ROLE OR REPLACE ${role} SETTINGS PROFILE 'minwon_analyst';`);
    for (const { name, siteColumn } of tables) {
      const condition = keys.length === 0 ? '0' : `${quoteIdent(siteColumn)} IN (${keys.join(', ')})`;
      lines.push(`GRANT SELECT ON ${qualified(name)} TO ${role};`);
      lines.push(
        `CREATE ROW POLICY OR REPLACE ${quoteIdent(agencyRole(agency.id))} ON ${qualified(name)} FOR SELECT USING ${condition} TO ${role};`,
      );
    }
    for (const analyst of input.analysts.filter((a) => a.agencyId === agency.id)) {
      const password = randomBytes(18).toString('base64url');
      const hash = createHash('sha256').update(password).digest('hex');
      credentials.push({ user: analyst.email, password });
      lines.push(
        `CREATE USER OR REPLACE ${quoteIdent(analyst.email)} IDENTIFIED WITH sha256_hash BY ${quoteString(hash)} DEFAULT ROLE ${role} DEFAULT DATABASE ${quoteIdent(input.database)};`,
      );
      lines.push(`GRANT ${role} TO ${quoteIdent(analyst.email)};`);
    }
  }
  return { sql: `${lines.join('\n')}\n`, credentials };
}
