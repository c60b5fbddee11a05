import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDED_WEEK, startDemoWeekCollector } from '../../src/insights/fixtures/seeded-collectors.ts';
import type { QueryFilters } from '../../src/insights/types.ts';
import { filterParams, ROLLUP_FILTER, runQuery } from '../../src/store/query.ts';
import type { TestCollector } from '../../src/testing.ts';
import { queryFormFunnel } from './form-funnel.ts';

/** The two queries the forms page ran before (per-form summary, per-step reach), as the reference. */
const SUMMARY_SQL = `
SELECT form_id AS formId, uniqMerge(start_sessions) AS starters, uniqMerge(submit_sessions) AS submitters,
       uniqMerge(success_sessions) AS completers, uniqMerge(abandon_sessions) AS abandoners,
       uniqMerge(error_sessions) AS errorSessions, sum(submits) AS submits, sum(blocked_submits) AS blockedSubmits
FROM minwon_ux.daily_forms WHERE ${ROLLUP_FILTER} AND step = 0
GROUP BY form_id ORDER BY starters DESC, formId LIMIT 100`;
const STEPS_SQL = `
SELECT form_id AS formId, step, any(step_label) AS label,
       uniqMerge(step_sessions) AS reached, uniqMerge(success_sessions) AS successes
FROM minwon_ux.daily_forms WHERE ${ROLLUP_FILTER}
GROUP BY form_id, step ORDER BY form_id, step`;

let collector: TestCollector;
const range = SEEDED_WEEK;

beforeAll(async () => {
  collector = await startDemoWeekCollector();
});
afterAll(() => collector.close());

describe('queryFormFunnel', () => {
  it.each<[string, QueryFilters]>([
    ['all devices', { site: 'demo', ...range, device: '' }],
    ['mobile', { site: 'demo', ...range, device: 'mobile' }],
    ['an empty range', { site: 'demo', from: '2026-12-01', to: '2026-12-02', device: '' }],
  ])('gives what the summary and step queries gave (%s)', async (_, f) => {
    const { store } = collector.runtime;
    const { forms, steps } = await queryFormFunnel(store, f);
    expect(forms).toEqual(await runQuery(store, SUMMARY_SQL, filterParams(f)));
    expect(steps).toEqual(await runQuery(store, STEPS_SQL, filterParams(f)));
    if (f.from === range.from) expect(steps.length).toBeGreaterThan(1);
  });
});
