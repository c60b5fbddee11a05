import type { SqlConfig } from '../config.ts';
import type { AnalystTable } from './analyst-tables.ts';

const SITE_KEY = /^[A-Za-z0-9_-]+$/;

/** A ClickHouse string literal (the values here are validated identifiers and site keys). */
function quote(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

/**
 * The SETTINGS clause every analyst query runs with: read-only, limits, and a row filter per
 * readable table (`additional_table_filters`) that keeps only the caller's sites. Site keys are
 * validated (`[A-Za-z0-9_-]+`) and quoted; a caller without sites gets a filter that is always false.
 *
 * @example
 * scopedSettings(tables, new Set(['demo']), config.sql);
 * // "readonly=1, …, additional_table_filters={'minwon_ux.events':'site_id IN (\\'demo\\')'}"
 */
export function scopedSettings(
  tables: readonly AnalystTable[],
  siteKeys: ReadonlySet<string>,
  limits: SqlConfig,
): string {
  const keys = [...siteKeys].filter((k) => SITE_KEY.test(k)).sort();
  const filters = tables.map(({ name, siteColumn }) => {
    const condition = keys.length === 0 ? '0' : `${siteColumn} IN (${keys.map(quote).join(', ')})`;
    return `${quote(name)}:${quote(condition)}`;
  });
  return [
    'readonly=1',
    `max_execution_time=${limits.maxExecutionSeconds}`,
    `max_result_rows=${limits.maxResultRows}`,
    `result_overflow_mode='throw'`,
    `max_memory_usage=${limits.maxMemoryBytes}`,
    'optimize_use_implicit_projections=0',
    'optimize_trivial_count_query=0',
    'use_query_cache=0',
    'allow_introspection_functions=0',
    `additional_table_filters={${filters.join(', ')}}`,
  ].join(', ');
}
