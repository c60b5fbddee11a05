import type { BenchmarksResponse, SharingResponse } from '@minwon-ux/api-contract';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FormTraffic, type SharingFixture, send, startSharingFixture, trafficRows } from './sharing-fixture.ts';

// Property test through the real store and routes: fast-check generates 40 services, each with
// traffic at eight agencies (none, a few sessions, around k, or hundreds); the served benchmarks and
// the open-data CSV are checked against the exact counts the traffic was generated with.
const K = 10;
const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const;
const AGENCIES = IDS.map((x) => ({ id: `agency-${x}`, name: `${x.toUpperCase()}-이름` }));
/** a: the caller (not sharing); b, c share by name; d–g under pseudonyms; h never shares. */
const SHARED = new Set(['agency-b', 'agency-c', 'agency-d', 'agency-e', 'agency-f', 'agency-g']);
const NAMED = new Set(['agency-b', 'agency-c']);
const PERIOD = 'from=2026-10-01&to=2026-10-31';

interface Exact {
  sessions: number;
  completed: number;
  errored: number;
  abandoned: number;
}

const agencyTraffic = fc
  .record({
    sessions: fc.oneof(
      fc.constant(0),
      fc.integer({ min: 1, max: 14 }),
      fc.integer({ min: 8, max: 40 }),
      fc.integer({ min: 100, max: 300 }),
    ),
    completed: fc.double({ min: 0, max: 1, noNaN: true }),
    errored: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ sessions, completed, errored }): Exact => {
    const c = Math.floor(sessions * completed);
    return { sessions, completed: c, errored: Math.floor(sessions * errored), abandoned: sessions - c };
  });
const scenarios = fc.sample(fc.array(agencyTraffic, { minLength: IDS.length, maxLength: IDS.length }), {
  seed: 1717,
  numRuns: 40,
});

let f: SharingFixture;
const exact = new Map<string, Exact>(); // `${service}|${agencyId}`
const byPseudonym = new Map<string, string>();

beforeAll(async () => {
  f = await startSharingFixture({ agencies: AGENCIES });
  const rows = scenarios.flatMap((agencies, s) =>
    agencies.flatMap((e, i) => {
      const service = `SVC-${String(s).padStart(2, '0')}`;
      exact.set(`${service}|${AGENCIES[i]!.id}`, e);
      const t: FormTraffic = {
        site: `site-${IDS[i]}`,
        formId: `form-${s}`,
        tag: service,
        sessions: e.sessions,
        completed: e.completed,
        errored: e.errored,
        errorField: 'phone',
        abandoned: e.abandoned,
        baseSeconds: 30 + i * 7,
        day: '2026-10-15',
      };
      return trafficRows(t, s * 100 + i + 1).map((r) => ({ ...r, session_id: `${r.session_id}-${s}` }));
    }),
  );
  await f.collector.runtime.store.client.insert({ table: 'minwon_ux.events', format: 'JSONEachRow', values: rows });
  for (const id of SHARED) {
    const res = await send(f.collector, f.admin, 'PUT', `/api/admin/agencies/${id}/sharing`, {
      enabled: true,
      showName: NAMED.has(id),
    });
    const { sharing } = (await res.json()) as SharingResponse;
    byPseudonym.set(`기관 ${sharing.pseudonym}`, id);
  }
}, 300_000);
afterAll(() => f.collector.close());

const byName = new Map(AGENCIES.map((a) => [a.name, a.id]));
const agencyOf = (label: string) => byName.get(label) ?? byPseudonym.get(label);
const round5 = (n: number) => Math.max(K, Math.floor(n / 5 + 0.5) * 5);
const rate = (part: number, whole: number) => Math.round((part / whole) * 100) / 100;

/** The rules every published set of rows of one service must keep, given the exact counts. */
function checkService(
  service: string,
  rows: { agencyId: string; sessions: number; completionRate: number; errorRate: number; median: number | null }[],
  total: { sessions: number } | null,
  suppressed: number,
  own: string | undefined,
) {
  const published = new Set(rows.map((r) => r.agencyId));
  for (const r of rows) {
    const e = exact.get(`${service}|${r.agencyId}`)!;
    expect(SHARED.has(r.agencyId) || r.agencyId === own, `${service} ${r.agencyId} shown`).toBe(true);
    expect(e.sessions, `${service} ${r.agencyId} sessions`).toBeGreaterThanOrEqual(K);
    expect(r.sessions).toBe(round5(e.sessions));
    expect(r.completionRate).toBe(rate(e.completed, e.sessions));
    expect(r.errorRate).toBe(rate(e.errored, e.sessions));
    expect(r.median === null).toBe(e.completed < K);
  }
  const shared = [...SHARED].map((id) => ({ id, ...exact.get(`${service}|${id}`)! })).filter((x) => x.sessions > 0);
  const hidden = shared.filter((x) => !published.has(x.id));
  const hiddenSessions = hidden.reduce((s, x) => s + x.sessions, 0);
  const totalSessions = shared.reduce((s, x) => s + x.sessions, 0);
  if (total) {
    expect(totalSessions).toBeGreaterThanOrEqual(K);
    expect(total.sessions).toBe(round5(totalSessions));
    expect(
      hiddenSessions === 0 || hiddenSessions >= K,
      `${service}: ${hiddenSessions} withheld sessions derivable`,
    ).toBe(true);
  } else {
    // withheld only when it would itself describe fewer than k sessions (complementary suppression keeps it otherwise)
    expect(totalSessions, `${service}: total withheld`).toBeLessThan(K);
  }
  const ownExact = own ? exact.get(`${service}|${own}`) : undefined;
  const ownHidden = ownExact && ownExact.sessions > 0 && !published.has(own!) ? 1 : 0;
  expect(suppressed).toBe(hidden.length + ownHidden);
}

describe('suppression over generated traffic (40 services × 8 agencies)', () => {
  it('GET /api/benchmarks: no served row, median or total describes fewer than k sessions; nothing recoverable', async () => {
    for (let s = 0; s < scenarios.length; s++) {
      const service = `SVC-${String(s).padStart(2, '0')}`;
      const res = await send(f.collector, f.alice, 'GET', `/api/benchmarks?service=${service}&${PERIOD}`);
      const body = (await res.json()) as BenchmarksResponse;
      expect(res.status).toBe(200);
      expect(body.rows.filter((r) => r.own).length).toBeLessThanOrEqual(1);
      const rows = body.rows.map((r) => ({
        agencyId: r.own ? 'agency-a' : agencyOf(r.agency)!,
        sessions: r.sessions,
        completionRate: r.completionRate,
        errorRate: r.errorRate,
        median: r.medianCompletionSeconds,
      }));
      checkService(service, rows, body.total, body.suppressed, 'agency-a');
      expect(JSON.stringify(body)).not.toMatch(/H-이름|agency-|sess-/);
    }
  });

  it('GET /api/exports/benchmarks.csv: the same rules, sharing agencies only', async () => {
    const res = await send(f.collector, f.dana, 'GET', `/api/exports/benchmarks.csv?${PERIOD}`);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(','));
    for (let s = 0; s < scenarios.length; s++) {
      const service = `SVC-${String(s).padStart(2, '0')}`;
      const mine = lines.filter((l) => l[2] === service);
      const totalLine = mine.find((l) => l[3] === 'total');
      const hasShared = [...SHARED].some((id) => exact.get(`${service}|${id}`)!.sessions > 0);
      expect(totalLine !== undefined, service).toBe(hasShared);
      if (!totalLine) continue;
      const rows = mine
        .filter((l) => l[3] === 'agency')
        .map((l) => ({
          agencyId: agencyOf(l[4]!)!,
          sessions: Number(l[5]),
          completionRate: Number(l[6]),
          errorRate: Number(l[7]),
          median: l[9] === '' ? null : Number(l[9]),
        }));
      for (const r of rows) expect(r.agencyId === 'agency-a' || r.agencyId === 'agency-h').toBe(false);
      checkService(
        service,
        rows,
        totalLine[5] === '' ? null : { sessions: Number(totalLine[5]) },
        Number(totalLine[11]),
        undefined,
      );
    }
  });
});
