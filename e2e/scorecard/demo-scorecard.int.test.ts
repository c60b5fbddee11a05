import type { ScorecardPeriod, ScorecardResponse } from '@minwon-ux/api-contract';
import { createClientIp } from '@minwon-ux/collector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginOverHttp, registerSite } from '../story/admin-api.ts';
import { isoDay, startOfUtcDay, utcDayOffset } from '../story/days.ts';
import { seedHistory } from '../story/history.ts';
import { type RunningCollector, startCollectorServer } from '../support/collector-server.ts';

// The demo as `pnpm start` seeds it (scripts/start.ts): 28 days of synthetic demo traffic posted
// through the real /v1/events, the phone field fixed 10 days before the end and marked as a change.
// The scorecard must show the fix: 오류 방지 and the score rise after it, and the change is a marker.

const DAY = 86_400_000;
const end = startOfUtcDay(Date.now());
const fixedOn = isoDay(end - 10 * DAY);
const origin = 'http://localhost:8790';
let collector: RunningCollector;
let headers: Record<string, string>;

beforeAll(async () => {
  collector = await startCollectorServer({ clientIp: createClientIp({ trustProxy: true }) });
  const admin = await loginOverHttp(collector.url);
  headers = admin.headers;
  await registerSite(collector.url, admin, { key: 'demo', name: '정부민원포털 (데모)', origins: [origin] });
  const posted = await seedHistory({
    collectorUrl: collector.url,
    origin,
    site: 'demo',
    sessions: 3000,
    days: 28,
    end,
    phoneFixedAt: Date.parse(`${fixedOn}T00:00:00Z`),
    seed: 1,
  });
  const res = await fetch(`${collector.url}/api/sites/demo/changes`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ changedOn: fixedOn, scope: 'field', target: 'move-in/phone', description: '하이픈 허용' }),
  });
  expect(res.status).toBe(201);
  expect(posted.rejectedEvents).toBe(0);
  // an acknowledged batch is on the spool; wait until the writer has put every event in the store
  for (let i = 0; i < 150; i++) {
    const [row] = await collector.rows<{ n: string }>(
      `SELECT count() AS n FROM minwon_ux.events WHERE site_id = 'demo'`,
    );
    if (Number(row?.n) >= posted.events) break;
    await new Promise((r) => setTimeout(r, 200));
  }
}, 300_000);
afterAll(() => collector?.close());

async function scorecard(from: string, to: string): Promise<ScorecardResponse> {
  const res = await fetch(`${collector.url}/api/sites/demo/scorecard?from=${from}&to=${to}&interval=week`, { headers });
  expect(res.status).toBe(200);
  return (await res.json()) as ScorecardResponse;
}

const mean = (periods: ScorecardPeriod[], pick: (p: ScorecardPeriod) => number | null) => {
  const values = periods.map(pick).filter((v): v is number => v !== null);
  return values.reduce((a, b) => a + b, 0) / values.length;
};

describe('the seeded demo’s scorecard', () => {
  it('shows the phone fix lifting 오류 방지 and the score, with the change as a marker', async () => {
    // 18 days before the fix (…fixedOn−1) against the 10 days after it, as the periods the API gives
    const before = await scorecard(utcDayOffset(end, -28), utcDayOffset(end, -11));
    const after = await scorecard(fixedOn, utcDayOffset(end, -1));
    expect(before.total.sessions).toBeGreaterThan(500);
    const errorShare = (c: ScorecardResponse) => c.total.criteria.errorPrevention.value!;
    expect(errorShare(after)).toBeLessThan(errorShare(before) - 0.04);
    expect(after.total.criteria.errorPrevention.score!).toBeGreaterThan(
      before.total.criteria.errorPrevention.score! + 5,
    );
    expect(after.total.score!).toBeGreaterThan(before.total.score!);
    // week by week as well: every scored week after the fix beats the mean of the weeks before
    const whole = await scorecard(utcDayOffset(end, -28), utcDayOffset(end, -1));
    const weeksBefore = whole.periods.filter((p) => p.to < fixedOn && p.score !== null);
    // the week holding the fix day is left out unless it starts on it
    const weeksAfter = whole.periods.filter((p) => p.from >= fixedOn && p.score !== null);
    expect(weeksBefore.length).toBeGreaterThan(0);
    expect(weeksAfter.length).toBeGreaterThan(0);
    const epBefore = mean(weeksBefore, (p) => p.criteria.errorPrevention.score);
    for (const week of weeksAfter) expect(week.criteria.errorPrevention.score!).toBeGreaterThan(epBefore);
    expect(whole.changes.map((c) => c.at)).toEqual([fixedOn]);
    // the seeded survey answers and returning visitors make every criterion measurable
    for (const criterion of Object.values(whole.total.criteria)) expect(criterion.score).not.toBeNull();
  });
});
