import { createRandom } from '@minwon-ux/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryExampleSessions } from '../../api/queries/example-sessions.ts';
import type { EventRow } from '../../ingest/event-row.ts';
import { insertEvents } from '../../ingest/insert-events.ts';
import { startTestCollector, type TestCollector } from '../../testing.ts';
import { archivedInsights } from '../archive/archived-insights.ts';
import { detectInsights } from '../detect-insights.ts';
import { addEvent, type SessionCursor } from '../fixtures/event-factory.ts';
import type { Insight, QueryFilters } from '../types.ts';

const DAY = '2026-11-03';
const filters = (site: string): QueryFilters => ({ site, from: DAY, to: DAY, device: '' });

/** One session writer per site: sessions numbered from 0, each starting 10 minutes after the previous. */
function sessions(site: string) {
  const rows: EventRow[] = [];
  const random = createRandom(site.length * 7919);
  let n = 0;
  return {
    rows,
    session(write: (s: SessionCursor) => void): void {
      const s: SessionCursor = {
        site,
        sessionId: `${site}-s${String(n).padStart(3, '0')}`,
        visitorId: String(100 + n),
        device: 'desktop',
        t: Date.parse(`${DAY}T08:00:00Z`) + n * 600_000,
        seq: 0,
        random,
      };
      n++;
      write(s);
    },
  };
}

const dwell = (rows: EventRow[], s: SessionCursor, field: string, hesitation: number) =>
  addEvent(
    rows,
    s,
    'field_dwell',
    { form_id: 'f', field_id: field, duration_ms: hesitation + 2000, hesitation_ms: hesitation, edits: 5 },
    hesitation + 2000,
  );

/**
 * Slow field: 20 sessions fill a, b, c in about a second and hesitate on `date`: 12 for 6 s, 3 for
 * 4.5 s (under the 5 s threshold), 5 for 1 s.
 */
function slowFieldSite(): EventRow[] {
  const w = sessions('slow');
  const hesitations = [...Array(12).fill(6000), ...Array(3).fill(4500), ...Array(5).fill(1000)] as number[];
  for (const hesitation of hesitations) {
    w.session((s) => {
      for (const field of ['a', 'b', 'c']) dwell(w.rows, s, field, 1000);
      dwell(w.rows, s, 'date', hesitation);
    });
  }
  return w.rows;
}

const step = (rows: EventRow[], s: SessionCursor, formId: string, n: number) =>
  addEvent(rows, s, 'step_view', { form_id: formId, step: n, step_count: 2, props: { step_label: `단계 ${n}` } });

/**
 * Step drop-off: form `hinted` — 20 reach step 1, 14 go on to step 2 and all 14 succeed (6 lost at
 * step 1, 30 %: a drop-off; none at step 2). Form `plain` — steps stored without a form id (an SDK
 * without the fallback), every session succeeding under the form's name: never a drop-off.
 * Form `edge` — 20 reach step 1, 15 go on (5 lost, 25 %: under the 30 % threshold).
 */
function stepSite(): EventRow[] {
  const w = sessions('steps');
  for (let i = 0; i < 20; i++) {
    w.session((s) => {
      step(w.rows, s, 'hinted', 1);
      if (i >= 14) return;
      step(w.rows, s, 'hinted', 2);
      addEvent(w.rows, s, 'form_success', { form_id: 'hinted' });
    });
  }
  for (let i = 0; i < 12; i++) {
    w.session((s) => {
      addEvent(w.rows, s, 'form_start', { form_id: 'move-in', field_id: 'name' });
      step(w.rows, s, '', 1);
      step(w.rows, s, '', 2);
      addEvent(w.rows, s, 'form_success', { form_id: 'move-in' });
    });
  }
  for (let i = 0; i < 20; i++) {
    w.session((s) => {
      step(w.rows, s, 'edge', 1);
      if (i >= 15) return;
      step(w.rows, s, 'edge', 2);
      addEvent(w.rows, s, 'form_success', { form_id: 'edge' });
    });
  }
  return w.rows;
}

const TRAIL = ['민원서비스', '주민등록'];
const open = (rows: EventRow[], s: SessionCursor, label: string, trail: string[]) =>
  addEvent(rows, s, 'menu_open', { menu_label: label, menu_trail: trail, menu_depth: trail.length + 1 });

/**
 * Menu hunting on a KRDS 3-level menu: 20 sessions take the shortest path (open, open, click), 5 of
 * them first open the wrong branch '자동차'.
 */
function menuSite(): EventRow[] {
  const w = sessions('menus');
  for (let i = 0; i < 20; i++) {
    w.session((s) => {
      open(w.rows, s, '민원서비스', []);
      if (i < 5) open(w.rows, s, '자동차', ['민원서비스']);
      open(w.rows, s, '주민등록', ['민원서비스']);
      addEvent(w.rows, s, 'menu_click', {
        menu_label: '전입신고',
        menu_trail: TRAIL,
        menu_depth: 3,
        target_path: '/apply/move-in',
      });
      addEvent(w.rows, s, 'page_view', { path: '/apply/move-in' });
      addEvent(w.rows, s, 'form_start', { form_id: 'move-in', field_id: 'name', path: '/apply/move-in' });
    });
  }
  return w.rows;
}

let collector: TestCollector;
beforeAll(async () => {
  collector = await startTestCollector({
    sites: ['slow', 'steps', 'menus', 'menus-back'].map((key) => ({
      key,
      name: key,
      origins: ['https://a.example.go.kr'],
    })),
  });
  await insertEvents(collector.runtime.store, [...slowFieldSite(), ...stepSite(), ...menuSite()]);
});
afterAll(() => collector.close());

async function found(site: string, kind: Insight['kind']): Promise<Insight[]> {
  const live = (await detectInsights(collector.runtime.store, filters(site), [kind])).map(
    ({ exampleSessions, ...rest }) => rest,
  );
  const archived = await archivedInsights(collector.runtime.store, filters(site), [kind], 0);
  expect(archived.insights.map(({ exampleSessions, ...rest }) => rest)).toEqual(live);
  return archived.insights;
}

describe('honest findings on the store (detectors and their archive agree)', () => {
  it('slow field: only the sessions past the threshold are affected, not all who touched it', async () => {
    const [insight, ...rest] = await found('slow', 'slow_field');
    expect(rest).toEqual([]);
    expect(insight!.target).toEqual({ formId: 'f', fieldId: 'date' });
    expect(insight!.affectedSessions).toBe(12);
    expect(insight!.population).toBe(20);
    expect(insight!.share).toBe(0.6);
    expect(insight!.evidence.metrics).toMatchObject({ hesitationThresholdMs: 5000, slowHesitationSessions: 12 });
    // example sessions are sessions that were slow (the first 12 hesitated for 6 s), not any who touched it
    const examples = await queryExampleSessions(collector.runtime.store, filters('slow'), insight!);
    expect(examples.length).toBe(5);
    for (const e of examples) expect(Number(e.sessionId.slice(-3))).toBeLessThan(12);
  });

  it('step drop-off: lost = reached and went neither on nor to a success; steps tie to success without hints', async () => {
    const insights = await found('steps', 'step_drop_off');
    expect(insights.map((i) => [i.target, i.affectedSessions, i.population])).toEqual([
      [{ formId: 'hinted', step: 1 }, 6, 20],
    ]);
    // example sessions are the lost ones (sessions 14–19 of form `hinted`), never one that went on
    const examples = await queryExampleSessions(collector.runtime.store, filters('steps'), insights[0]!);
    expect(examples.map((e) => e.sessionId)).toEqual([
      'steps-s014',
      'steps-s015',
      'steps-s016',
      'steps-s017',
      'steps-s018',
    ]);
  });

  it('menu hunting: a wrong branch is hunting, the depth of the right path is not', async () => {
    const [insight, ...rest] = await found('menus', 'menu_hunting');
    expect(rest).toEqual([]);
    expect(insight!.affectedSessions).toBe(5);
    expect(insight!.population).toBe(20);
    expect(insight!.evidence.metrics).toMatchObject({ wrongBranchOpened: 5, menuClickThenQuickBack: 0 });
    expect(insight!.evidence.details).toEqual({ detours: [{ opened: '자동차', clicked: '전입신고', sessions: 5 }] });
  });

  it('menu hunting: backtracking — another item clicked first, then the menu again before the form', async () => {
    const w = sessions('menus-back');
    for (let i = 0; i < 20; i++) {
      w.session((s) => {
        if (i < 6) {
          addEvent(w.rows, s, 'menu_click', { menu_label: '증명서 발급', menu_trail: ['민원서비스'], menu_depth: 2 });
          addEvent(w.rows, s, 'page_view', { path: '/certs' }, 60_000); // read it a minute: no quick back
        }
        addEvent(w.rows, s, 'menu_click', { menu_label: '전입신고', menu_trail: TRAIL, menu_depth: 3 });
        addEvent(w.rows, s, 'form_start', { form_id: 'move-in', field_id: 'name' });
      });
    }
    await insertEvents(collector.runtime.store, w.rows);
    const [insight, ...rest] = await found('menus-back', 'menu_hunting');
    expect(rest).toEqual([]);
    expect([insight!.affectedSessions, insight!.population]).toEqual([6, 20]);
    expect(insight!.evidence.metrics).toMatchObject({
      menuBacktracked: 6,
      wrongBranchOpened: 0,
      menuClickThenQuickBack: 0,
    });
  });

  it('menu hunting: the shortest path through a 3-level menu alone is no finding', async () => {
    const w = sessions('menus-direct');
    for (let i = 0; i < 30; i++) {
      w.session((s) => {
        open(w.rows, s, '민원서비스', []);
        open(w.rows, s, '주민등록', ['민원서비스']);
        addEvent(w.rows, s, 'menu_click', { menu_label: '전입신고', menu_trail: TRAIL, menu_depth: 3 });
      });
    }
    await insertEvents(collector.runtime.store, w.rows);
    expect(await detectInsights(collector.runtime.store, filters('menus-direct'), ['menu_hunting'])).toEqual([]);
  });
});
