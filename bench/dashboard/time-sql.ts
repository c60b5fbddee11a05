/**
 * Times ad-hoc queries against a kept bench store (BENCH_DIR from run.ts), median of 5 after a
 * warm-up, to profile one query alone and try settings.
 *
 *   BENCH_DIR=/tmp/b node --import tsx bench/dashboard/time-sql.ts query.sql [site from to] [settings-json]
 *
 * The query file may hold several queries separated by lines of `;;` (timed one by one). Parameters:
 * {site:String} {from:Date} {to:Date} {device:String} (device ''), and a comparison's {changed:Date}
 * {scope:String} {form:String} {field:String} {path:String} {menu:String} (a field change on 2026-10-13;
 * override any parameter with P='{"scope":"page","path":"/"}').
 */
import { readFileSync } from 'node:fs';
import { createStore, loadConfig } from '@minwon-ux/collector';
import { withDatabase } from '@minwon-ux/collector/internals';

const [file, site = 'site-0', from = '2026-05-01', to = '2026-10-27', settings = '{}'] = process.argv.slice(2);
if (!file || !process.env.BENCH_DIR)
  throw new Error('usage: BENCH_DIR=… time-sql.ts query.sql [site from to settings]');
const store = createStore(loadConfig({ DATA_DIR: process.env.BENCH_DIR }).clickhouse);
try {
  for (const sql of readFileSync(file, 'utf8')
    .split(/^;;$/m)
    .filter((q) => q.trim())) {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < 6; i++) {
      const t = performance.now();
      const result = await store.client.query({
        query: withDatabase(sql, store.database),
        query_params: {
          site,
          from,
          to,
          device: '',
          changed: '2026-10-13',
          scope: 'field',
          form: 'apply',
          field: 'phone',
          path: 'apply/phone',
          menu: 'apply/phone',
          ...JSON.parse(process.env.P ?? '{}'),
        },
        format: 'JSONEachRow',
        clickhouse_settings: JSON.parse(settings),
      });
      rows = (await result.json()).length;
      if (i > 0) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    process.stdout.write(
      `${times[2]!.toFixed(1).padStart(7)} ms (min ${times[0]!.toFixed(1)}) ${rows} rows | ${sql.replace(/\s+/g, ' ').trim().slice(0, 80)}\n`,
    );
  }
} finally {
  await store.close();
}
