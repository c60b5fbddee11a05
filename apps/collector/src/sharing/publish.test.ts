import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AgencyCounts, publishBenchmark, roundSessions, suppressionOf, type TotalCounts } from './publish.ts';

const K = 10;

/** Agencies with small and large traffic: many rows around k, some far above. */
const countsArb = fc
  .array(
    fc.record({
      sessions: fc.oneof(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 5000 })),
      completed: fc.double({ min: 0, max: 1, noNaN: true }),
      errored: fc.double({ min: 0, max: 1, noNaN: true }),
      shared: fc.boolean(),
    }),
    { minLength: 0, maxLength: 12 },
  )
  .map((rows) =>
    rows.map((r, i) => {
      const completions = Math.floor(r.sessions * r.completed);
      return {
        counts: {
          agencyId: `ag-${i}`,
          sessions: r.sessions,
          completions,
          errorSessions: Math.floor(r.sessions * r.errored),
          abandonSessions: r.sessions - completions,
          medianCompletionSeconds: completions > 0 ? 30 + i : null,
          score: null,
        } satisfies AgencyCounts,
        shared: r.shared,
      };
    }),
  );

function totalOf(rows: AgencyCounts[]): TotalCounts {
  const sum = (f: (r: AgencyCounts) => number) => rows.reduce((s, r) => s + f(r), 0);
  return {
    agencies: rows.filter((r) => r.sessions > 0).length,
    sessions: sum((r) => r.sessions),
    completions: sum((r) => r.completions),
    errorSessions: sum((r) => r.errorSessions),
    abandonSessions: sum((r) => r.abandonSessions),
    medianCompletionSeconds: 42,
  };
}

function publish(input: { counts: AgencyCounts; shared: boolean }[], own?: string) {
  const counts = input.map((x) => x.counts);
  const shared = new Set(input.filter((x) => x.shared).map((x) => x.counts.agencyId));
  const sharedCounts = counts.filter((c) => shared.has(c.agencyId));
  const out = publishBenchmark(counts, totalOf(sharedCounts), {
    minSessions: K,
    shared,
    ownAgencyId: own,
    label: (id) => ({ agency: id, pseudonym: null }),
  });
  return { counts, shared, sharedCounts, out };
}

describe('publishBenchmark (k-anonymous, complementary suppression)', () => {
  it('never publishes a row, median or total describing fewer than k sessions', () => {
    fc.assert(
      fc.property(countsArb, fc.nat(12), (input, ownIndex) => {
        const { counts, out } = publish(input, `ag-${ownIndex}`);
        for (const row of out.rows) {
          const exact = counts.find((c) => c.agencyId === row.agency)!;
          expect(exact.sessions).toBeGreaterThanOrEqual(K);
          expect(row.sessions).toBeGreaterThanOrEqual(K);
          if (row.medianCompletionSeconds !== null) expect(exact.completions).toBeGreaterThanOrEqual(K);
        }
        if (out.total) expect(out.total.sessions).toBeGreaterThanOrEqual(K);
      }),
      { seed: 17, numRuns: 500 },
    );
  });

  it('leaves nothing below k to recover by subtracting published rows from the total', () => {
    fc.assert(
      fc.property(countsArb, (input) => {
        const { sharedCounts, out } = publish(input);
        const exactTotal0 = sharedCounts.reduce((s, c) => s + c.sessions, 0);
        // the total is withheld only when it would describe fewer than k sessions itself
        if (!out.total) {
          expect(exactTotal0).toBeLessThan(K);
          return;
        }
        const exactTotal = sharedCounts.reduce((s, c) => s + c.sessions, 0);
        const publishedExact = sharedCounts
          .filter((c) => out.byAgency.has(c.agencyId))
          .reduce((s, c) => s + c.sessions, 0);
        const remainder = exactTotal - publishedExact;
        expect(remainder === 0 || remainder >= K, `remainder ${remainder}`).toBe(true);
        // and the same for the counts inside the sessions: completions of the withheld rows together
        const withheld = sharedCounts.filter((c) => !out.byAgency.has(c.agencyId) && c.sessions > 0);
        expect(withheld.length).not.toBe(1);
      }),
      { seed: 71, numRuns: 500 },
    );
  });

  it('shows only agencies that share, and the caller’s own', () => {
    fc.assert(
      fc.property(countsArb, fc.nat(12), (input, ownIndex) => {
        const own = `ag-${ownIndex}`;
        const { shared, out } = publish(input, own);
        for (const row of out.rows) expect(shared.has(row.agency) || row.agency === own).toBe(true);
        for (const row of out.rows) expect(row.own).toBe(row.agency === own);
      }),
      { seed: 3, numRuns: 300 },
    );
  });

  it('rounds sessions to 5 and rates to 1 %, counting suppressed rows', () => {
    expect(roundSessions(10, 10)).toBe(10);
    expect(roundSessions(12, 10)).toBe(10);
    expect(roundSessions(13, 10)).toBe(15);
    expect(roundSessions(12, 12)).toBe(12);
    const { out } = publish([
      {
        counts: {
          agencyId: 'a',
          sessions: 3,
          completions: 1,
          errorSessions: 0,
          abandonSessions: 2,
          medianCompletionSeconds: 50,
          score: null,
        },
        shared: true,
      },
      {
        counts: {
          agencyId: 'b',
          sessions: 12,
          completions: 11,
          errorSessions: 1,
          abandonSessions: 1,
          medianCompletionSeconds: 61,
          score: null,
        },
        shared: true,
      },
      {
        counts: {
          agencyId: 'c',
          sessions: 333,
          completions: 111,
          errorSessions: 100,
          abandonSessions: 200,
          medianCompletionSeconds: 93.4,
          score: 71.5,
        },
        shared: true,
      },
    ]);
    // a (3) is below k; alone it could be recovered from the total, so b (the next smallest) goes too
    expect(out.rows.map((r) => r.agency)).toEqual(['c']);
    expect(out.suppressed).toBe(2);
    expect(out.rows[0]).toMatchObject({
      sessions: 335,
      completionRate: 0.33,
      errorRate: 0.3,
      abandonRate: 0.6,
      medianCompletionSeconds: 95,
      score: 71.5,
    });
    expect(out.total).toMatchObject({ sessions: 350, agencies: 3 });
  });

  it('withholds the total when the withheld rows cannot reach k together', () => {
    expect(
      suppressionOf(
        [
          { agencyId: 'a', sessions: 4 },
          { agencyId: 'b', sessions: 3 },
        ],
        K,
      ),
    ).toEqual({
      hidden: ['a', 'b'],
      totalPublished: false,
    });
    expect(
      suppressionOf(
        [
          { agencyId: 'a', sessions: 40 },
          { agencyId: 'b', sessions: 30 },
        ],
        K,
      ),
    ).toEqual({
      hidden: [],
      totalPublished: true,
    });
  });
});
