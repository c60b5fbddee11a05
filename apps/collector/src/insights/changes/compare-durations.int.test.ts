import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQuery } from '../../store/query.ts';
import type { TestCollector } from '../../testing.ts';
import { queryCompareDurations } from './compare-durations.ts';
import { phoneFixComparison, startPhoneFixCollector } from './compare-fixture.ts';
import type { CompareParams } from './compare-rates.ts';

/** The samples read from `events` (the query before daily_durations); the test sorts them by value, as queryCompareDurations does. */
const EVENTS_SQL = `
SELECT period, arrayMap(x -> x.2, arraySort(groupArray((ts, value)))) AS samples FROM (
  SELECT ts, if(toDate(ts) < {changed:Date}, 'before', 'after') AS period,
         multiIf({scope:String} = 'field', hesitation_ms, {scope:String} = 'page', engaged_ms, duration_ms) AS value
  FROM minwon_ux.events
  WHERE site_id = {site:String} AND toDate(ts) BETWEEN {from:Date} AND {to:Date}
    AND ({device:String} = '' OR device = {device:String})
    AND kind = multiIf({scope:String} = 'field', 'field_dwell', {scope:String} = 'page', 'page_dwell',
                       {scope:String} = 'form', 'form_success', '-')
    AND ({scope:String} != 'field' OR (form_id = {form:String} AND field_id = {field:String}))
    AND ({scope:String} != 'form' OR form_id = {form:String})
    AND ({scope:String} != 'page' OR path = {path:String})
  ORDER BY ts
  LIMIT 20000 BY period
)
GROUP BY period`;

let collector: TestCollector;
const base = phoneFixComparison();

beforeAll(async () => {
  collector = await startPhoneFixCollector(6);
});
afterAll(() => collector.close());

describe('queryCompareDurations', () => {
  it.each<[string, Partial<CompareParams>]>([
    ['field', { scope: 'field' }],
    ['field, mobile', { scope: 'field', device: 'mobile' }],
    ['form', { scope: 'form' }],
    ['page', { scope: 'page' }],
    ['menu (none)', { scope: 'menu' }],
  ])('gives the samples the events hold (%s)', async (_, over) => {
    const { store } = collector.runtime;
    const p = { ...base, ...over };
    const reference = { before: [] as number[], after: [] as number[] };
    for (const r of await runQuery<{ period: 'before' | 'after'; samples: number[] }>(store, EVENTS_SQL, { ...p })) {
      reference[r.period] = r.samples.map(Number).sort((a, b) => a - b);
    }
    const samples = await queryCompareDurations(store, p);
    expect(samples).toEqual(reference);
    if (p.scope !== 'menu') expect(samples.before.length).toBeGreaterThan(10);
  });
});
