import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvents } from '../../ingest/insert-events.ts';
import type { TestCollector } from '../../testing.ts';
import { detectInsights } from '../detect-insights.ts';
import { buildComplaintSessions } from '../fixtures/complaint-sessions.ts';
import { SEEDED_WEEK, startProblemAndHealthyCollector } from '../fixtures/seeded-collectors.ts';
import type { Insight, QueryFilters } from '../types.ts';
import { archivedInsights } from './archived-insights.ts';

/** Long-dwell medians come from log-bucket histograms in the archive: within a bucket (±2.5 %) and the median's interpolation. */
const MEDIANS = ['engagedMedianMs', 'stalledEngagedMedianMs'];

/** Expects the archive's insights to be the detectors' (example sessions aside; medians within 3 %). */
function expectSameInsights(archived: Insight[], live: Insight[]): void {
  const comparable = (list: Insight[], reference: Insight[]) =>
    list.map(({ exampleSessions, ...rest }, i) => {
      const metrics = { ...rest.evidence.metrics };
      for (const name of MEDIANS) {
        if (!(name in metrics)) continue;
        const value = Number(metrics[name]);
        const expected = Number(reference[i]?.evidence.metrics[name]);
        expect(Math.abs(value - expected) / expected).toBeLessThanOrEqual(0.03);
        metrics[name] = expected;
      }
      return { ...rest, evidence: { ...rest.evidence, metrics } };
    });
  expect(comparable(archived, live)).toEqual(comparable(live, live));
}

let collector: TestCollector;
const range = SEEDED_WEEK;
const cases: [string, QueryFilters][] = [
  ['problem site', { site: 'problem', ...range, device: '' }],
  ['problem site, mobile', { site: 'problem', ...range, device: 'mobile' }],
  ['problem site, one day', { site: 'problem', from: '2026-11-04', to: '2026-11-04', device: '' }],
  ['healthy site', { site: 'healthy', ...range, device: '' }],
];

beforeAll(async () => {
  collector = await startProblemAndHealthyCollector();
});
afterAll(() => collector.close());

describe('the insight archive', () => {
  it.each(cases)('gives the detectors’ insights on the %s', async (_, f) => {
    const live = await detectInsights(collector.runtime.store, f);
    const { insights, archivedAt } = await archivedInsights(collector.runtime.store, f);
    expectSameInsights(insights, live);
    expect(archivedAt).not.toBeNull();
    for (const insight of insights.filter((i) => i.exampleSessions.length > 0)) {
      expect(insight.exampleSessions.length).toBeLessThanOrEqual(5);
    }
  });

  it('returns only the kinds asked for', async () => {
    const f = cases[0]![1];
    const { insights } = await archivedInsights(collector.runtime.store, f, ['long_dwell', 'step_drop_off']);
    expect(new Set(insights.map((i) => i.kind))).toEqual(new Set(['long_dwell', 'step_drop_off']));
  });

  it('archives a day again when its events change, at most once per max age', async () => {
    const { store } = collector.runtime;
    const f: QueryFilters = { site: 'problem', from: '2026-11-04', to: '2026-11-05', device: '' };
    const before = await archivedInsights(store, f, undefined, 0);
    await insertEvents(
      store,
      buildComplaintSessions({
        site: 'problem',
        sessions: 60,
        startDay: '2026-11-05',
        days: 1,
        seed: 21,
        problems: true,
      }),
    );
    const live = await detectInsights(store, f);
    expect(live).not.toEqual(before.insights);
    const withinMaxAge = await archivedInsights(store, f, undefined, 3_600_000);
    expect(withinMaxAge).toEqual(before);
    const renewed = await archivedInsights(store, f, undefined, 0);
    expectSameInsights(renewed.insights, live);
    expect(renewed.archivedAt! >= before.archivedAt!).toBe(true);
    const runs = await collector.rows<{ day: string; runs: number }>(
      `SELECT toString(day) AS day, uniqExact(archive_id) AS runs FROM minwon_ux.daily_insight_inputs
       WHERE site_id = 'problem' GROUP BY day ORDER BY day`,
    );
    expect(runs.length).toBeGreaterThan(0);
    for (const day of runs) expect(day.runs).toBe(1);
  });
});
