import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEntryPage } from './entry-page.ts';

// Each chart is a pure function of fixed data, rendered in real Chromium and compared with the
// committed SVG snapshot (`__snapshots__/*.svg`). Update with `vitest run -u` after a deliberate change.
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openEntryPage(new URL('./chart-entry.ts', import.meta.url), 'en'));
});
afterAll(() => browser?.close());

/** Renders a chart in the page by name with JSON data and options, and returns its markup. */
function render(
  name: string,
  data: unknown,
  options: Record<string, unknown>,
  formatter?: 'pct' | 'ms',
): Promise<string> {
  return page.evaluate(
    ({ name, data, options, formatter }) => {
      const charts = (window as unknown as { charts: Record<string, (d: unknown, o: unknown) => SVGSVGElement> })
        .charts;
      const format =
        formatter === 'pct'
          ? (v: number) => `${(v * 100).toFixed(1)}%`
          : formatter === 'ms'
            ? (v: number) => `${(v / 1000).toFixed(1)}s`
            : undefined;
      const opts = format ? { ...options, format } : options;
      const list =
        Array.isArray(data) && formatter && name === 'renderBeforeAfter' ? data.map((m) => ({ ...m, format })) : data;
      return charts[name]!(list, opts).outerHTML;
    },
    { name, data, options, formatter },
  );
}

const snap = (name: string) => fileURLToPath(new URL(`./__snapshots__/${name}.svg`, import.meta.url));

describe('chart snapshots (Chromium)', () => {
  it('events per day: stacked by kind, empty days kept', async () => {
    const rows = [
      { day: '2026-11-02', kind: 'page_view', events: 120 },
      { day: '2026-11-02', kind: 'input_error', events: 30 },
      { day: '2026-11-04', kind: 'page_view', events: 90 },
      { day: '2026-11-04', kind: 'menu_click', events: 45 },
    ];
    const svg = await render('renderEventsPerDay', rows, {
      id: 'e',
      title: 'Events per day',
      days: ['2026-11-02', '2026-11-03', '2026-11-04'],
      yLabel: 'Events',
    });
    expect(svg).toContain('data-kind="input_error"');
    await expect(svg).toMatchFileSnapshot(snap('events-per-day'));
  });

  it('bar chart with highlight and reference line', async () => {
    const data = [
      { label: 'apply › phone', value: 0.42, highlight: true },
      { label: 'apply › name', value: 0.02 },
      { label: 'apply › birth_date', value: 0.05 },
    ];
    const svg = await render(
      'renderBarChart',
      data,
      { id: 'b', title: 'Error rate', width: 480, reference: { value: 0.1, label: 'median' } },
      'pct',
    );
    expect(svg).toContain('42.0%');
    await expect(svg).toMatchFileSnapshot(snap('bar-chart'));
  });

  it('funnel with drop-offs', async () => {
    const steps = [
      { label: '1', value: 400 },
      { label: '2', value: 380 },
      { label: '3', value: 230 },
      { label: 'done', value: 225 },
    ];
    const svg = await render('renderFunnel', steps, { id: 'f', title: 'Steps', width: 480 });
    expect(svg).toContain('−39%');
    await expect(svg).toMatchFileSnapshot(snap('funnel'));
  });

  it('menu treemap grouped by top-level menu', async () => {
    const items = [
      { trail: [], label: '민원신청', clicks: 0, opens: 300 },
      { trail: ['민원신청'], label: '전입신고', clicks: 150, opens: 0 },
      { trail: ['민원신청'], label: '증명서 발급', clicks: 220, opens: 0 },
      { trail: ['민원신청'], label: '여권 재발급', clicks: 3, opens: 0 },
      { trail: ['알림'], label: '공지사항', clicks: 60, opens: 0 },
    ];
    const svg = await render('renderMenuTreemap', items, { id: 't', title: 'Menu use', width: 480, height: 300 });
    expect(svg).toContain('증명서 발급');
    await expect(svg).toMatchFileSnapshot(snap('menu-treemap'));
  });

  it('before/after bars coloured by verdict', async () => {
    const metrics = [
      { label: 'Sessions with an error', before: 0.45, after: 0.03, verdict: 'helped' },
      { label: 'Gave up at this field', before: 0.02, after: 0.02, verdict: 'no_change' },
    ];
    const svg = await render(
      'renderBeforeAfter',
      metrics,
      { id: 'ba', title: 'Before/after', width: 480, beforeLabel: 'Before', afterLabel: 'After' },
      'pct',
    );
    expect(svg).toContain('#117a5b');
    await expect(svg).toMatchFileSnapshot(snap('before-after'));
  });

  it('is deterministic: the same input renders the same SVG twice', async () => {
    const data = [{ label: 'a', value: 3 }];
    expect(await render('renderBarChart', data, { id: 'x', title: 'x' })).toBe(
      await render('renderBarChart', data, { id: 'x', title: 'x' }),
    );
  });
});
