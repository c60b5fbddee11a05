import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvents } from '../../src/ingest/insert-events.ts';
import { buildComplaintSessions } from '../../src/insights/fixtures/complaint-sessions.ts';
import type { QueryFilters } from '../../src/insights/types.ts';
import { EVENT_FILTER, filterParams, runQuery } from '../../src/store/query.ts';
import { startTestCollector, type TestCollector } from '../../src/testing.ts';
import { queryFormFields } from './form-fields.ts';

/** Exact quantiles of each field's field_dwell times, the reference for the histogram quantiles. */
const EXACT_SQL = `
SELECT form_id AS formId, field_id AS fieldId, quantileExact(0.5)(duration_ms) AS focusP50,
       quantileExact(0.5)(hesitation_ms) AS hesitationP50, quantileExact(0.9)(hesitation_ms) AS hesitationP90
FROM minwon_ux.events WHERE ${EVENT_FILTER} AND kind = 'field_dwell'
GROUP BY form_id, field_id ORDER BY formId, fieldId`;

let collector: TestCollector;
const f: QueryFilters = { site: 'demo', from: '2026-11-02', to: '2026-11-08', device: '' };

beforeAll(async () => {
  collector = await startTestCollector({
    sites: [{ key: 'demo', name: 'Demo', origins: ['https://a.example.go.kr'] }],
  });
  const rows = buildComplaintSessions({
    site: 'demo',
    sessions: 150,
    seed: 12,
    startDay: f.from,
    days: 7,
    problems: true,
  });
  await insertEvents(collector.runtime.store, rows);
});
afterAll(() => collector.close());

describe('queryFormFields', () => {
  it('gives focus and hesitation quantiles within 4 % of the exact ones (log-bucket histograms)', async () => {
    const { store } = collector.runtime;
    const exact = await runQuery<Record<string, number | string>>(store, EXACT_SQL, filterParams(f));
    const fields = await queryFormFields(store, f);
    expect(exact.length).toBeGreaterThan(3);
    for (const e of exact) {
      const got = fields.find((r) => r.formId === e.formId && r.fieldId === e.fieldId);
      expect(got, `${e.formId}/${e.fieldId}`).toBeDefined();
      for (const k of ['focusP50', 'hesitationP50', 'hesitationP90'] as const) {
        const want = Number(e[k]);
        // A bucket's value is within ±2.5 % of v + 1, and the quantile's bucket holds the order
        // statistic next to quantileExact's (3.1 % at most on this data).
        expect(Math.abs(got![k] - want), `${e.fieldId} ${k}: ${got![k]} vs ${want}`).toBeLessThanOrEqual(
          0.04 * (want + 1),
        );
      }
    }
  });
});
