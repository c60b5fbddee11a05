import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness.ts';
import { waitFor } from './support/servers.ts';

describe('transport: beacon on close, offline queue, gzip, retry, consent', () => {
  const h = useHarness();

  it('a tab closed mid-form delivers form_abandon, field_dwell and page_dwell by beacon', async () => {
    const page = await h.open('form-constraint.html');
    await page.fill('#applicant', '홍길동');
    await page.click('#phone');
    await page.keyboard.type('010');
    await page.close({ runBeforeUnload: true });
    const abandon = await h.event((e) => e.kind === 'form_abandon');
    expect(abandon).toMatchObject({ formId: 'move-in', fieldId: 'phone' });
    expect(
      h
        .events('field_dwell')
        .map((e) => e.fieldId)
        .sort(),
    ).toEqual(['applicant', 'phone']);
    await h.event((e) => e.kind === 'page_dwell');
    h.expectValidBatches();
  });

  it('offline: events wait in the outbox and are delivered when the browser is back online', async () => {
    const page = await h.open('form-constraint.html');
    await h.event((e) => e.kind === 'page_view');
    await page.context().setOffline(true);
    await page.evaluate(() => window.minwonUx?.track('while_offline', { n: 1 }));
    await page.evaluate(() => window.minwonUx?.flush());
    // the failed send puts the batch in the outbox (localStorage); nothing reached the collector
    await page.waitForFunction(() => localStorage.getItem('mux:q')?.includes('while_offline'), undefined, {
      timeout: 10_000,
    });
    expect(h.events('custom')).toEqual([]);
    await page.context().setOffline(false);
    const event = await h.event((e) => e.kind === 'custom' && e.name === 'while_offline');
    const batch = h.servers.captures.find((c) => c.body.includes('while_offline'))!.json;
    expect(batch.sentAt).toBeGreaterThan(event.t);
    // the outbox empties once the page has the collector's answer, a moment after the server saw the body
    await page.waitForFunction(() => localStorage.getItem('mux:q') === null, undefined, { timeout: 10_000 });
  });

  it('a 503 is retried with backoff; nothing is lost or duplicated', async () => {
    const page = await h.open('form-constraint.html');
    h.servers.failWith(503);
    await page.evaluate(() => window.minwonUx?.track('retry_me'));
    await page.evaluate(() => window.minwonUx?.flush());
    await page.waitForTimeout(300);
    h.servers.failWith(undefined);
    await h.event((e) => e.kind === 'custom' && e.name === 'retry_me', 15_000);
    await page.waitForTimeout(300);
    expect(h.events('custom')).toHaveLength(1);
    expect(h.events('page_view')).toHaveLength(1);
  });

  it('large batches are gzipped with Content-Encoding: gzip; page-leave beacons stay plain text', async () => {
    const page = await h.open('form-constraint.html');
    await page.evaluate(() => {
      for (let i = 0; i < 40; i++) window.minwonUx?.track('bulk', { i, note: '민원 처리 상태 확인 버튼을 눌렀습니다' });
    });
    const gz = await waitFor(() => h.servers.captures.find((c) => c.encoding === 'gzip'));
    expect(gz.contentType).toMatch(/^text\/plain/);
    expect(gz.json.events.length).toBeGreaterThanOrEqual(40);
    await page.evaluate(() => {
      for (let i = 0; i < 20; i++)
        window.minwonUx?.track('on_leave', { i, note: '민원 처리 상태 확인 버튼을 눌렀습니다' });
    });
    await h.leave(page);
    const leaving = await waitFor(() => h.servers.captures.find((c) => c.body.includes('on_leave')));
    expect(leaving.encoding).toBe('');
    expect(h.events('custom').filter((e) => e.name === 'on_leave')).toHaveLength(20);
    h.expectValidBatches();
  });

  it('optOut is remembered across pages and optIn resumes', async () => {
    const page = await h.open('form-constraint.html');
    await page.evaluate(() => window.minwonUx?.optOut());
    await page.reload();
    await page.waitForFunction(() => !!window.minwonUx);
    await page.evaluate(() => window.minwonUx?.track('not_sent'));
    await page.evaluate(() => window.minwonUx?.optIn());
    await page.evaluate(() => window.minwonUx?.track('sent_again'));
    await page.evaluate(() => window.minwonUx?.flush());
    await h.event((e) => e.name === 'sent_again');
    // unsent events are dropped at optOut, so nothing of the opted-out page views was sent
    expect(h.events().map((e) => e.name ?? e.kind)).toEqual(['sent_again']);
  });

  it('data-respect-dnt: Global Privacy Control turns capture off; without the attribute it is ignored', async () => {
    const gpc = (p: import('playwright-core').Page) =>
      p.addInitScript(() => Object.defineProperty(navigator, 'globalPrivacyControl', { get: () => true }));
    const page = await h.open('dnt.html', { before: gpc });
    await page.click('#b');
    await page.evaluate(() => window.minwonUx?.track('x'));
    await h.leave(page);
    await page.waitForTimeout(500);
    expect(h.servers.captures.map((c) => c.body)).toEqual([]);
    const other = await h.open('form-constraint.html', { before: gpc });
    await h.leave(other);
    await h.event((e) => e.kind === 'page_view');
  });

  it('init misuse (no data-site) warns once in the console and leaves a no-op API', async () => {
    const warnings: string[] = [];
    const page = await h.open('misuse.html', {
      before: async (p) => void p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text())),
    });
    await page.evaluate(() => window.minwonUx?.track('x'));
    expect(warnings).toEqual(['minwon-ux: data-site (site key) is required']);
  });
});
