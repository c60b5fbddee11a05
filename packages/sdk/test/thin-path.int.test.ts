import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness.ts';

describe('thin path: page view, dwell and constraint errors over a cross-origin text/plain endpoint', () => {
  const h = useHarness();

  it('captures page_view, a blocked submit with its input_error, form_abandon and engaged page_dwell', async () => {
    const page = await h.open('form-constraint.html');
    const opened = Date.now();
    await page.fill('#applicant', '홍길동');
    await page.click('button[type=submit]');
    await page.waitForTimeout(1200);
    await page.mouse.move(10, 10);
    await h.leave(page);
    const spent = Date.now() - opened;

    const error = await h.event((e) => e.kind === 'input_error');
    expect(error).toMatchObject({
      formId: 'move-in',
      fieldId: 'phone',
      fieldType: 'tel',
      errorKind: 'value_missing',
      errorSource: 'constraint',
      attempt: 1,
      path: '/form-constraint.html',
      title: '전입신고 신청',
      lang: 'ko',
    });
    const dwell = await h.event((e) => e.kind === 'page_dwell');
    // the SDK's clock starts at init, a little before `opened` (page load under a busy machine)
    expect(dwell.engagedMs).toBeGreaterThan(spent - 1500);
    expect(dwell.engagedMs).toBeLessThanOrEqual(dwell.totalMs);
    expect(dwell.totalMs).toBeLessThan(spent + 5000);
    expect(dwell.visibleMs).toBeGreaterThanOrEqual(dwell.engagedMs);
    expect(dwell.scrollPct).toBe(100);
    expect(await h.event((e) => e.kind === 'form_submit')).toMatchObject({
      formId: 'move-in',
      blocked: true,
      attempt: 1,
      errorCount: 1,
    });
    expect(await h.event((e) => e.kind === 'form_abandon')).toMatchObject({ formId: 'move-in', fieldId: 'applicant' });
    expect(h.events('form_start')).toMatchObject([{ formId: 'move-in', fieldId: 'applicant' }]);
    expect(h.events('page_view')).toHaveLength(1);

    const c = h.servers.captures[0]!;
    expect(c.contentType).toMatch(/^text\/plain/);
    expect(c.json).toMatchObject({ v: 1, site: 'test-site' });
    const events = h.events();
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(new Set(events.map((e) => e.sid)).size).toBe(1);
    expect(events.map((e) => e.seq).sort((a, b) => a - b)).toEqual(events.map((_, i) => i));
    h.expectValidBatches();
  });

  it('counts attempts per field and reports a sent submit, then form_success on the receipt page', async () => {
    const page = await h.open('form-constraint.html');
    await page.click('button[type=submit]');
    await page.waitForTimeout(600);
    await page.click('button[type=submit]');
    await page.waitForTimeout(600);
    await page.fill('#applicant', '홍길동');
    await page.fill('#phone', '010-1234-5678');
    await page.click('button[type=submit]');
    await page.waitForURL(/done/);
    await page.waitForFunction(() => !!window.minwonUx);
    await h.leave(page);

    const phone = await h.event((e) => e.kind === 'input_error' && e.fieldId === 'phone' && e.attempt === 2);
    expect(phone.errorKind).toBe('value_missing');
    const sent = await h.event((e) => e.kind === 'form_submit' && !e.blocked);
    expect(sent).toMatchObject({ formId: 'move-in', attempt: 3 });
    const success = await h.event((e) => e.kind === 'form_success');
    expect(success).toMatchObject({ formId: 'move-in', path: '/done.html' });
    expect(success.durationMs).toBeGreaterThan(0);
    expect(h.events('form_abandon')).toEqual([]);
    h.expectValidBatches();
  });
});
