import type { SqlConfig } from '../config.ts';
import type { AnalystTable } from './analyst-tables.ts';
import { catalogFilters } from './system-catalog.ts';

const SITE_KEY = /^[A-Za-z0-9_-]+$/;

/** A ClickHouse string literal (the values here are validated identifiers and site keys). */
function quote(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

/**
 * The SETTINGS clause every analyst query runs with: the client's output settings (already checked,
 * see `client-settings.ts`), read-only, limits, and a row filter per readable table
 * (`additional_table_filters`) that keeps only the caller's sites, plus the filters that scope the
 * schema catalog (`system.databases|tables|columns`) to `database` and the readable tables. Site keys
 * are validated (`[A-Za-z0-9_-]+`) and quoted; a caller without sites gets a filter that is always false.
 *
 * @example
 * scopedSettings(tables, new Set(['demo']), config.sql, { database: 'minwon_ux' });
 * // "readonly=1, …, additional_table_filters={'minwon_ux.events':'site_id IN (\\'demo\\')', …}"
 */
export function scopedSettings(
  tables: readonly AnalystTable[],
  siteKeys: ReadonlySet<string>,
  limits: SqlConfig,
  { database, output = [] }: { database: string; output?: readonly string[] },
): string {
  const keys = [...siteKeys].filter((k) => SITE_KEY.test(k)).sort();
  const filters = tables.map(({ name, siteColumn }) => {
    const condition = keys.length === 0 ? '0' : `${siteColumn} IN (${keys.map(quote).join(', ')})`;
    return `${quote(name)}:${quote(condition)}`;
  });
  filters.push(...catalogFilters(database, tables));
  return [
    ...output,
    'readonly=1',
    `max_execution_time=${limits.maxExecutionSeconds}`,
    `max_result_rows=${limits.maxResultRows}`,
    `result_overflow_mode='throw'`,
    `max_memory_usage=${limits.maxMemoryBytes}`,
    // The row filter must run before any analyst expression: no predicate moved to PREWHERE or pushed
    // below it, or a failing expression (throwIf, a bad cast) would reveal rows of other sites.
    'optimize_move_to_prewhere=0',
    'optimize_move_to_prewhere_if_final=0',
    'query_plan_filter_push_down=0',
    'optimize_use_implicit_projections=0',
    'optimize_trivial_count_query=0',
    'use_query_cache=0',
    'allow_introspection_functions=0',
    `additional_table_filters={${filters.join(', ')}}`,
  ].join(', ');
}
