import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness.ts';

describe('menus, search, steps, SPA and frustration in real Chromium', () => {
  const h = useHarness();

  it('KRDS main menu: menu_open per level, menu_click with trail, depth and destination without query', async () => {
    const page = await h.open('krds-menu.html');
    await page.click('.gnb-main-trigger');
    await page.click('.gnb-sub-trigger[aria-expanded]');
    await page.click('#move-in');
    await h.leave(page);
    await h.event((e) => e.kind === 'page_dwell');
    expect(h.events('menu_open')).toMatchObject([
      { label: '민원서비스', trail: [], depth: 1, menuId: 'main' },
      { label: '주민등록', trail: ['민원서비스'], depth: 2, menuId: 'main' },
    ]);
    expect(h.events('menu_click')).toMatchObject([
      { label: '전입신고', trail: ['민원서비스', '주민등록'], depth: 3, target: '/apply/move-in', menuId: 'main' },
    ]);
    h.expectValidBatches();
  });

  it('KRDS ui-script toggling ("false" then "true" in one handler): exactly one menu_open per open', async () => {
    const page = await h.open('krds-menu-toggle.html');
    // each click is one task: its mutations reach the SDK as one batch before the click returns
    await page.click('.gnb-main-trigger');
    await page.click('.gnb-sub-trigger >> text=주민등록');
    await page.click('.gnb-sub-trigger >> text=주민등록'); // already open: KRDS sets "false" → "true", no open
    await page.click('.gnb-sub-trigger >> text=자동차');
    await page.click('.gnb-main-trigger'); // closes
    await page.click('.gnb-main-trigger'); // opens again
    await h.leave(page);
    await h.event((e) => e.kind === 'page_dwell');
    expect(h.events('menu_open').map((e) => [e.label, e.depth])).toEqual([
      ['민원서비스', 1],
      ['주민등록', 2],
      ['자동차', 2],
      ['민원서비스', 1],
    ]);
  });

  it('side navigation, breadcrumbs and site search (no query text)', async () => {
    const page = await h.open('krds-menu.html');
    await page.click('.lnb-toggle');
    await page.click('.lnb-link');
    await page.click('.breadcrumb li:nth-child(3) a');
    await page.fill('input[type=search]', '전입신고 주민번호 900101-1234567');
    await page.press('input[type=search]', 'Enter');
    await h.leave(page);
    await h.event((e) => e.kind === 'page_dwell');
    expect(h.events('menu_open')).toMatchObject([{ label: '전입', depth: 1, menuId: 'side' }]);
    expect(h.events('menu_click')).toMatchObject([
      { label: '전입신고 안내', trail: ['전입'], depth: 2, menuId: 'side', target: '/apply/move-in' },
      { label: '주민등록', trail: ['홈', '민원서비스'], depth: 3, menuId: '현재 경로', target: '/krds-menu.html' },
    ]);
    expect(h.events('site_search')).toMatchObject([{ formId: 'site-search' }]);
    expect(h.events('form_start')).toEqual([]);
    expect(h.servers.captures.map((c) => c.body).join('')).not.toContain('900101');
  });

  it('KRDS step indicator: step_view for the current step and each change', async () => {
    const page = await h.open('krds-steps.html');
    await page.click('#next');
    await page.waitForTimeout(500);
    await h.leave(page);
    await h.event((e) => e.kind === 'page_dwell');
    expect(h.events('step_view')).toMatchObject([
      { step: 2, stepCount: 4, label: '신청인 정보', formId: 'move-in' },
      { step: 3, stepCount: 4, label: '이사 전 살던 곳', formId: 'move-in' },
    ]);
  });

  it('step indicator without hints: step_view carries the form id its form events carry (not the search form)', async () => {
    const page = await h.open('krds-steps-plain.html');
    await page.fill('#applicant', '가');
    await page.click('#next');
    await page.waitForTimeout(500);
    await h.leave(page);
    await h.event((e) => e.kind === 'page_dwell');
    const [start] = h.events('form_start');
    expect(start).toMatchObject({ formId: '전입신고 신청서' });
    expect(h.events('step_view')).toMatchObject([
      { step: 1, label: '신청인 정보', formId: start.formId },
      { step: 2, label: '이사 온 곳', formId: start.formId },
    ]);
  });

  it('SPA: pushState and hash routes are page views with the previous route as referrer', async () => {
    const page = await h.open('spa.html');
    await page.click('#to-apply');
    await page.waitForTimeout(300);
    await page.click('#to-status');
    await page.click('#hash');
    await page.waitForTimeout(300);
    await page.goBack();
    await page.waitForTimeout(300);
    await h.leave(page);
    await h.event((e) => e.kind === 'page_dwell' && e.path === '/spa/status');
    const views = h.events('page_view').map((e) => [e.path, e.referrer ?? null]);
    expect(views).toEqual([
      ['/spa.html', null],
      ['/spa/apply', '/spa.html'],
      ['/spa/status', '/spa/apply'],
      ['/spa/status#/receipt', '/spa/status'],
      ['/spa/status', '/spa/status#/receipt'],
    ]);
    const dwellPaths = h.events('page_dwell').map((e) => e.path);
    expect(dwellPaths).toContain('/spa/apply');
    expect(h.servers.captures.map((c) => c.body).join('')).not.toContain('tab=1');
  });

  it('rage click (one event per burst) and dead click; a working button is not dead', async () => {
    const page = await h.open('frustration.html');
    for (let i = 0; i < 4; i++) await page.mouse.click(150 + i * 3, 120, { delay: 20 });
    await page.waitForTimeout(2800);
    await page.click('#works');
    await page.waitForTimeout(2800);
    await h.leave(page);
    await h.event((e) => e.kind === 'page_dwell');
    expect(h.events('rage_click')).toMatchObject([{ count: 4, element: 'div#fake-button.btn.download' }]);
    const dead = h.events('dead_click');
    expect(dead.length).toBeGreaterThanOrEqual(1);
    expect(dead.every((e) => e.element === 'div#fake-button.btn.download')).toBe(true);
  });

  it('quick back: arriving on a page and going back within 10 s', async () => {
    const page = await h.open('frustration.html');
    await page.click('#away');
    await page.waitForURL(/done/);
    await page.waitForFunction(() => !!window.minwonUx);
    await page.waitForTimeout(500);
    await page.goBack();
    await page.waitForFunction(() => !!window.minwonUx);
    const back = await h
      .event((e) => e.kind === 'quick_back', 10_000)
      .catch(async () => {
        await h.leave(page);
        return h.event((e) => e.kind === 'quick_back');
      });
    expect(back).toMatchObject({ path: '/done.html', target: '/frustration.html' });
    expect(back.durationMs).toBeLessThan(10_000);
  });
});
