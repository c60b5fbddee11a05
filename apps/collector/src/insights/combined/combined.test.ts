import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvents } from '../../ingest/insert-events.ts';
import { startTestCollector, type TestCollector } from '../../testing.ts';
import { COMBINED_DETECTORS, DETECTORS, detectInsights, rankInsights } from '../detect-insights.ts';
import { buildComplaintSessions } from '../fixtures/complaint-sessions.ts';
import { INSIGHT_KINDS, type Insight, type QueryFilters } from '../types.ts';

let collector: TestCollector;
const range = { from: '2026-11-02', to: '2026-11-08' };
const cases: [string, QueryFilters][] = [
  ['problem site', { site: 'problem', ...range, device: '' }],
  ['problem site, mobile', { site: 'problem', ...range, device: 'mobile' }],
  ['problem site, one day', { site: 'problem', from: '2026-11-04', to: '2026-11-04', device: '' }],
  ['healthy site', { site: 'healthy', ...range, device: '' }],
];

beforeAll(async () => {
  collector = await startTestCollector({
    sites: [
      { key: 'problem', name: 'Problem site', origins: ['https://a.example.go.kr'] },
      { key: 'healthy', name: 'Healthy site', origins: ['https://b.example.go.kr'] },
    ],
  });
  const base = { sessions: 200, startDay: range.from, days: 7 };
  const { store } = collector.runtime;
  await insertEvents(store, buildComplaintSessions({ ...base, site: 'problem', seed: 11, problems: true }));
  await insertEvents(store, buildComplaintSessions({ ...base, site: 'healthy', seed: 12, problems: false }));
});
afterAll(() => collector.close());

async function perKind(f: QueryFilters): Promise<Insight[]> {
  const found: Insight[] = [];
  for (const kind of INSIGHT_KINDS) found.push(...(await DETECTORS[kind](collector.runtime.store, f)));
  return rankInsights(found);
}

describe('combined one-pass detectors', () => {
  it.each(cases)('give the per-kind detectors’ insights on the %s', async (_, f) => {
    const expected = await perKind(f);
    const combined = await detectInsights(collector.runtime.store, f);
    expect(combined).toEqual(expected);
    if (f.site === 'problem' && f.device === '' && f.from !== f.to) {
      const kinds = new Set(expected.map((i) => i.kind));
      for (const group of COMBINED_DETECTORS) for (const k of group.kinds) expect(kinds).toContain(k);
    }
  });

  it.each(COMBINED_DETECTORS.map((g) => [g.kinds.join(', '), g] as const))(
    'runs the %s group alone with the same result',
    async (_, group) => {
      const f = cases[0]![1];
      const expected: Insight[] = [];
      for (const kind of group.kinds) expected.push(...(await DETECTORS[kind](collector.runtime.store, f)));
      expect(rankInsights(await group.detect(collector.runtime.store, f))).toEqual(rankInsights(expected));
    },
  );
});
