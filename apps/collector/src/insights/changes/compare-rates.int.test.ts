import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQuery } from '../../store/query.ts';
import type { TestCollector } from '../../testing.ts';
import { phoneFixComparison, startPhoneFixCollector } from './compare-fixture.ts';
import { queryCompareRates } from './compare-rates.ts';

/** The same rates from `events`: each day's distinct sessions, summed per period (periods with sessions at risk). */
const REFERENCE_SQL = `
SELECT period, metric, sum(x) AS x, sum(n) AS n FROM (
  SELECT if(toDate(ts) < {changed:Date}, 'before', 'after') AS period, toDate(ts) AS day,
         multiIf({scope:String} = 'field', ['error_rate', 'abandon_rate'],
                 {scope:String} = 'form', ['completion_rate', 'error_rate'], ['quick_back_rate']) AS metrics,
         multiIf(
           {scope:String} = 'field',
           [uniqExactIf(session_id, kind = 'input_error' AND form_id = {form:String} AND field_id = {field:String}),
            countIf(kind = 'form_abandon' AND form_id = {form:String} AND field_id = {field:String})],
           {scope:String} = 'form',
           [uniqExactIf(session_id, kind = 'form_success' AND form_id = {form:String}),
            uniqExactIf(session_id, kind = 'input_error' AND form_id = {form:String})],
           [countIf(kind = 'quick_back' AND if(target_path != '', target_path, path) = {path:String})]) AS xs,
         multiIf(
           {scope:String} = 'field',
           arrayWithConstant(2, uniqExactIf(session_id, kind IN ('field_dwell', 'input_error', 'form_abandon')
             AND form_id = {form:String} AND field_id = {field:String})),
           {scope:String} = 'form',
           arrayWithConstant(2, uniqExactIf(session_id, kind = 'form_start' AND form_id = {form:String})),
           [countIf(kind = 'page_view' AND path = {path:String})]) AS ns
  FROM minwon_ux.events
  WHERE site_id = {site:String} AND toDate(ts) BETWEEN {from:Date} AND {to:Date}
  GROUP BY period, day
)
ARRAY JOIN metrics AS metric, xs AS x, ns AS n
GROUP BY period, metric HAVING n > 0 ORDER BY period, metric`;

let collector: TestCollector;
const base = phoneFixComparison({ path: '/certs' });

beforeAll(async () => {
  collector = await startPhoneFixCollector(4);
});
afterAll(() => collector.close());

describe('queryCompareRates', () => {
  it.each(['field', 'form', 'page'])('gives the %s scope the rates counted from events', async (scope) => {
    const { store } = collector.runtime;
    const p = { ...base, scope };
    const rows = await queryCompareRates(store, p);
    const sorted = [...rows].sort((a, b) => a.period.localeCompare(b.period) || a.metric.localeCompare(b.metric));
    const expected = await runQuery(store, REFERENCE_SQL, { ...p });
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted).toEqual(expected);
    expect(rows.some((r) => Number(r.x) > 0)).toBe(true);
  });

  it('has no rates for other scopes', async () => {
    expect(await queryCompareRates(collector.runtime.store, { ...base, scope: 'menu' })).toEqual([]);
  });
});
