import type { Random } from '@minwon-ux/testkit/random';
import type { Page } from 'playwright-core';

/** What one planted-site visitor does, drawn from a seeded source. */
export interface Persona {
  /** Came through the main menu (else straight to the form, e.g. from a search engine). */
  viaMenu: boolean;
  /** Opened the expected but wrong branch (민원안내 › 주민등록) first. */
  wrongBranch: boolean;
  /** Also opened 자동차 before turning back. */
  wanders: boolean;
  /** Typed the date the way people write it (2026.12.01 / 20261201) first. */
  dateFormat: '2026-12-01' | '2026.12.01' | '20261201';
  /** Gave up at step 2 (세대 정보). */
  abandonsStep2: boolean;
  /** On a phone: the number field shows a letter keyboard, so digits come with spaces more often. */
  mobile: boolean;
  /** Typed the phone number with spaces first (the field refuses them). */
  phoneSpaces: boolean;
}

/**
 * Draws a persona. Shares are chosen so each planted problem is clear but not universal.
 *
 * @example
 * const persona = drawPersona(createRandom(14).fork(3));
 */
export function drawPersona(random: Random): Persona {
  const viaMenu = random.chance(0.7);
  const mobile = random.chance(0.35);
  return {
    viaMenu,
    wrongBranch: viaMenu && random.chance(0.7),
    wanders: random.chance(0.4),
    dateFormat: random.weighted({ '2026-12-01': 35, '2026.12.01': 40, '20261201': 25 }),
    abandonsStep2: random.chance(0.45),
    mobile,
    phoneSpaces: random.chance(mobile ? 0.5 : 0.05),
  };
}

/** Waits about `median` ms (log-normal), at 60 % of a citizen's pace so the test stays short. */
const pause = (page: Page, random: Random, median: number) => page.waitForTimeout(random.duration(median * 0.6, 1.3));

/**
 * Drives one visitor through the planted site in a real Chromium page: menu (or straight in),
 * step 1 (name, date — fixed after the error when typed another way —, reason), step 2 (left after the
 * first field, or sent), the receipt page.
 *
 * @example
 * await visit(page, site.origin, drawPersona(random), random);
 */
export async function visit(page: Page, origin: string, p: Persona, random: Random): Promise<void> {
  if (p.viaMenu) {
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => 'minwonUx' in window);
    if (p.wrongBranch) {
      await page.click('button.gnb-main-trigger >> text=민원안내');
      await page.click('button.gnb-sub-trigger >> text=주민등록');
      await pause(page, random, 700);
      if (p.wanders) await page.click('button.gnb-sub-trigger >> text=자동차');
      await page.click('button.gnb-main-trigger >> text=민원안내'); // closes: not here
    }
    await page.click('button.gnb-main-trigger >> text=행정서비스');
    await page.click('button.gnb-sub-trigger >> text=기타 행정정보');
    await Promise.all([page.waitForURL('**/apply/step1'), page.click('#m-move-in')]);
  } else {
    await page.goto(`${origin}/apply/step1`);
  }
  await page.waitForFunction(() => 'minwonUx' in window);
  await pause(page, random, 300);
  await page.fill('#txtAplcntNm', '홍길동');
  await pause(page, random, 500);
  await page.click('#j_idt52');
  await pause(page, random, 600);
  await page.fill('#j_idt52', p.dateFormat);
  await page.selectOption('#txtRsn', random.pick(['job', 'family', 'house']));
  if (p.dateFormat !== '2026-12-01') {
    await page.click('button[type=submit]');
    await pause(page, random, 1500); // reads the error, works out the format
    await page.click('#j_idt52');
    await page.fill('#j_idt52', '2026-12-01');
  }
  await Promise.all([page.waitForURL('**/apply/step2'), page.click('button[type=submit]')]);
  await page.waitForFunction(() => 'minwonUx' in window);
  await pause(page, random, 400);
  await page.fill('#txtHshldrNm', '홍아버지');
  await pause(page, random, 900);
  if (p.abandonsStep2) {
    await Promise.all([page.waitForURL(`${origin}/`), page.click('#home')]);
    return;
  }
  await page.click('#txtMbtlnum');
  await pause(page, random, p.mobile ? 1200 : 500);
  if (p.phoneSpaces) {
    await page.fill('#txtMbtlnum', '010 1234 5678');
    await page.click('button[type=submit]');
    await pause(page, random, 1000);
    await page.click('#txtMbtlnum');
  }
  await page.fill('#txtMbtlnum', '010-1234-5678');
  await Promise.all([page.waitForURL('**/apply/done'), page.click('button[type=submit]')]);
  await page.waitForFunction(() => 'minwonUx' in window);
  await pause(page, random, 300);
}
