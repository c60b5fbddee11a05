import type { Page } from 'playwright-core';

/**
 * Scripted interactions on `fixtures/krds-long.html`, the same for the long-task test and
 * bench/sdk: open main and sub menus, click menu links, type into fields, submit with errors, move
 * the step indicator, scroll. Deterministic: interaction `i` always does the same thing.
 *
 * @example
 * await runInteractions(page, 100);
 */
export async function runInteractions(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const top = (i % 6) + 1;
    switch (i % 7) {
      case 0:
        await page.click(`.gnb-menu > li:nth-child(${top}) > .gnb-main-trigger`);
        break;
      case 1:
        await page.click(`.gnb-menu > li:nth-child(${top}) li:nth-child(${(i % 5) + 1}) > .gnb-sub-trigger`, {
          force: true,
        });
        break;
      case 2:
        await page.click(`.gnb-menu a[href^="/apply/${top}/"]`, { force: true });
        break;
      case 3:
        await page.click(`#f${i % 24}`);
        await page.keyboard.type(i % 2 ? '김' : '홍길동', { delay: 0 });
        break;
      case 4:
        await page.click('#submit');
        break;
      case 5:
        await page.click('#next');
        break;
      default:
        await page.mouse.wheel(0, i % 2 ? 1200 : -1200);
    }
  }
}
