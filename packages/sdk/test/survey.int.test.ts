import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness.ts';

// The satisfaction micro-survey (issue 16) in real Chromium: opt-in with data-survey="1", offered
// after a form success, keyboard and screen-reader usable, no layout shift, once per form and month.

async function applyAndFinish(page: Page, h: ReturnType<typeof useHarness>): Promise<void> {
  await page.fill('#applicant', '김철수');
  await page.click('button[type=submit]');
  await page.waitForURL(/survey-done/);
  await page.waitForFunction(() => !!window.minwonUx);
  await h.event((e) => e.kind === 'form_success');
}

describe('satisfaction survey in real Chromium', () => {
  const h = useHarness();

  it('is offered after a form success as a labelled dialog, answered by keyboard, sent as survey_answer', async () => {
    const page = await h.open('survey-apply.html');
    await applyAndFinish(page, h);
    const dialog = page.getByRole('dialog', { name: '이 서비스 이용이 만족스러우셨나요?' });
    await dialog.waitFor({ timeout: 8000 });
    // fixed to the corner: the page content did not move
    const box = await page.locator('h1').boundingBox();
    expect(await dialog.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    expect(await dialog.getByRole('group', { name: '이 서비스 이용이 만족스러우셨나요?' }).count()).toBe(1);
    expect(await dialog.getByRole('radio').count()).toBe(5);
    // focus moved into the dialog, on the first option; arrows move, space/enter send
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-n'))).toBe('1');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '감사합니다' }).waitFor();
    expect(await page.locator('h1').boundingBox()).toEqual(box);
    await h.leave(page);
    const answer = await h.event((e) => e.kind === 'survey_answer');
    expect(answer).toMatchObject({ kind: 'survey_answer', formId: 'move-in', rating: 4 });
    // the dialog itself is never captured as a form
    expect(h.events('form_start').map((e) => e.formId)).toEqual(['move-in']);
    h.expectValidBatches();
  });

  it('closes with Esc, returns focus, and is not offered again for the same form this month', async () => {
    const page = await h.open('survey-apply.html');
    await applyAndFinish(page, h);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ timeout: 8000 });
    expect(await page.evaluate(() => document.activeElement?.closest('[role=dialog]') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('home');
    // second application the same month: no survey
    await page.goto(`${h.servers.site}/survey-apply.html`);
    await page.waitForFunction(() => !!window.minwonUx);
    await applyAndFinish(page, h);
    await page.waitForTimeout(1500);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await h.leave(page);
    expect(h.events('survey_answer')).toHaveLength(0);
  });

  it('is not offered without data-survey, and marks a returning browser with rv', async () => {
    const page = await h.open('form-constraint.html');
    await page.fill('#applicant', '김철수');
    await page.fill('#phone', '01012345678');
    await page.click('button[type=submit]');
    await page.waitForURL(/done/);
    await page.waitForFunction(() => !!window.minwonUx);
    await h.event((e) => e.kind === 'form_success');
    await page.waitForTimeout(1500);
    expect(await page.getByRole('dialog').count()).toBe(0);
    // this was the browser's first session: no rv; a new session (new tab) in the same browser is returning
    expect(h.events('form_start')[0].rv).toBeUndefined();
    const second = await page.context().newPage();
    await second.goto(`${h.servers.site}/form-constraint.html`);
    await second.waitForFunction(() => !!(window as { minwonUxExt?: { tap?: unknown } }).minwonUxExt?.tap);
    await second.fill('#applicant', '이영희');
    await h.leave(second);
    const starts = await h.event((e) => e.kind === 'form_start' && e.rv === 1);
    expect(starts).toMatchObject({ formId: 'move-in', rv: 1 });
    h.expectValidBatches();
  });
});
