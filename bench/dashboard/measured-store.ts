import type { ClickHouseSettings } from '@clickhouse/client';
import type { Store } from '@minwon-ux/collector';

export interface QueryStat {
  ms: number;
  readRows: number;
  /** The query's text, to name it in per-query profiles. */
  sql: string;
}

/**
 * Wraps a store so every `client.query` also reports its time and the rows it reads. chdb has no
 * system.query_log and its read counter reports result rows, so rows read come from
 * `EXPLAIN ESTIMATE` (rows in the granules the primary-key index selects, summed over every table
 * the query reads), run untimed before the timed query.
 *
 * @example
 * const { store: measured, take } = measureStore(store);
 * await queryOverviewKpis(measured, filters);
 * take(); // [{ ms: 12.3, readRows: 4500, sql: 'SELECT …' }]
 */
export function measureStore(store: Store): { store: Store; take(): QueryStat[] } {
  let stats: QueryStat[] = [];
  const client = new Proxy(store.client, {
    get(target, prop, receiver) {
      if (prop === 'command' || prop === 'insert') {
        // Writes (the insight archive's runs) are timed too, with no rows-read estimate.
        return async (params: { query?: string; table?: string }) => {
          const started = performance.now();
          const result = await (target[prop] as (p: unknown) => Promise<unknown>).call(target, params);
          stats.push({
            ms: performance.now() - started,
            readRows: 0,
            sql: params.query ?? `INSERT INTO ${params.table}`,
          });
          return result;
        };
      }
      if (prop !== 'query') return Reflect.get(target, prop, receiver);
      return async (params: {
        query: string;
        query_params?: Record<string, unknown>;
        clickhouse_settings?: ClickHouseSettings;
      }) => {
        const estimate = await target.exec({
          query: `EXPLAIN ESTIMATE ${params.query}\nFORMAT JSONEachRow`,
          query_params: params.query_params ?? {},
        });
        let estimateText = '';
        for await (const piece of estimate.stream) estimateText += piece.toString();
        const readRows = estimateText
          .split('\n')
          .filter(Boolean)
          .reduce((sum, line) => sum + Number((JSON.parse(line) as { rows: string }).rows), 0);
        const started = performance.now();
        const result = await target.exec({
          query: `${params.query}\nFORMAT JSONEachRow`,
          query_params: params.query_params ?? {},
          clickhouse_settings: params.clickhouse_settings ?? {},
        });
        let text = '';
        for await (const piece of result.stream) text += piece.toString();
        stats.push({ ms: performance.now() - started, readRows, sql: params.query });
        const rows = text
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as unknown);
        return { json: async () => rows };
      };
    },
  });
  return {
    store: { ...store, client } as Store,
    take() {
      const out = stats;
      stats = [];
      return out;
    },
  };
}
