import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCollector, type TestCollector } from '../../../testing.ts';
import { archivedInsights } from '../../archive/archived-insights.ts';
import { detectInsights } from '../../detect-insights.ts';

// The two click/scroll-map detectors over the real embedded store, and the insight archive giving
// the same findings as the reference queries.

let collector: TestCollector;
const filters = { site: 'demo', from: '2026-11-02', to: '2026-11-08', device: '' };
const KINDS = ['looks_clickable', 'unseen_content'] as const;

type Row = Record<string, unknown>;

function sessionRows(): Row[] {
  const rows: Row[] = [];
  const view = (s: string, path: string, scroll: number) =>
    rows.push(
      { kind: 'page_view', session_id: s, path },
      { kind: 'page_dwell', session_id: s, path, scroll_pct: scroll },
    );
  const click = (s: string, path: string, key: string, depth: number, dead = false) => {
    rows.push({ kind: 'click', session_id: s, path, element_key: key, element_label: '', scroll_pct: depth });
    if (dead) rows.push({ kind: 'dead_click', session_id: s, path, element_key: key, element: 'div.card' });
  };
  // /guide: 30 sessions; the card is clicked in vain in 8 of them, the apply button works in 10
  for (let i = 0; i < 30; i++) view(`g${i}`, '/guide', 100);
  for (let i = 0; i < 8; i++) click(`g${i}`, '/guide', '#content>div:1', 20, true);
  for (let i = 10; i < 20; i++) click(`g${i}`, '/guide', '#apply', 10);
  // /apply: 40 sessions, 30 stop at 30 %, 10 scroll to the end; 8 of those 10 use the submit button at
  // 85 %, 20 sessions use the link at the top
  for (let i = 0; i < 40; i++) view(`a${i}`, '/apply', i < 30 ? 30 : 100);
  for (let i = 30; i < 38; i++) click(`a${i}`, '/apply', '#submit', 85);
  for (let i = 0; i < 20; i++) click(`a${i}`, '/apply', '@key=top-link', 5);
  return rows;
}

beforeAll(async () => {
  collector = await startTestCollector({
    sites: [{ key: 'demo', name: '데모', origins: ['https://demo.example.go.kr'] }],
  });
  const day = Date.UTC(2026, 10, 4, 9);
  await collector.runtime.store.client.insert({
    table: 'minwon_ux.events',
    format: 'JSONEachRow',
    values: sessionRows().map((r, i) => ({
      site_id: 'demo',
      event_id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      visitor_id: 1,
      ts: day + i,
      received_at: day + i,
      seq: i,
      device: 'desktop',
      ...r,
    })),
  });
});
afterAll(() => collector.close());

describe('click and scroll map insights', () => {
  it('finds the element that looks clickable and the used content below where most stop', async () => {
    const found = await detectInsights(collector.runtime.store, filters, KINDS);
    expect(found.map((i) => [i.kind, i.target.path, i.target.element, i.affectedSessions, i.share])).toEqual([
      ['unseen_content', '/apply', '#submit', 30, 0.75],
      ['looks_clickable', '/guide', '#content>div:1', 8, 0.2667],
    ]);
    const unseen = found[0]!;
    expect(unseen.evidence.metrics).toMatchObject({ depthPct: 85, reachPct: 25, useRatePct: 80, clickSessions: 8 });
    expect(unseen.title.ko).toContain('#submit');
    expect(found[1]!.evidence.metrics).toMatchObject({ deadSessions: 8, deadClicks: 8, clicks: 8, deadSharePct: 100 });
  });

  it('the insight archive gives the same findings', async () => {
    const reference = await detectInsights(collector.runtime.store, filters, KINDS);
    const { insights } = await archivedInsights(collector.runtime.store, filters, KINDS, 0);
    expect(insights).toEqual(reference);
  });

  it('finds nothing below the thresholds', async () => {
    const found = await detectInsights(collector.runtime.store, { ...filters, device: 'mobile' }, KINDS);
    expect(found).toEqual([]);
  });
});
