import type { Page } from 'playwright-core';
import { type Actor, pause, submitStep, typeInto, visibleErrors } from './actor.ts';

/** How a browser session ended. */
export type SessionOutcome = 'completed' | 'abandoned' | 'gave-up' | 'browsed';

const onStep = (page: Page, step: number) => page.url().includes(`/apply/move-in/${step}`);

async function search(a: Actor, query: string, resultText: string): Promise<void> {
  const { page } = a;
  await typeInto(a, '#header-q', query);
  await Promise.all([page.waitForURL('**/search?**'), page.locator('.header-search button[type=submit]').click()]);
  await pause(a, 2500);
  await Promise.all([
    page.waitForURL('**/services/**'),
    page.locator('.krds-structured-list .c-tit', { hasText: resultText }).first().click(),
  ]);
}

async function openMainSection(a: Actor, label: string): Promise<void> {
  const trigger = a.page.locator('.krds-main-menu .gnb-main-trigger', { hasText: label });
  await trigger.click();
  // What the persona reads next is the opened section: on a loaded machine KRDS may open it late.
  await a.page
    .locator('.krds-main-menu .gnb-main-trigger[aria-expanded="true"]', { hasText: label })
    .waitFor({ timeout: 5000 })
    .catch(() => undefined);
  await pause(a, 1800);
}

/**
 * Gets from the home page to the 전입신고 page the way the persona would, reacting to what the menu
 * says: a 전입 label is clicked; "주민등록 사항 변동 신고" only by those who recognise it; a wrong
 * "이사 지원 안내" is opened and left at once (quick back); otherwise the search.
 *
 * @example
 * if (!(await findMoveIn(actor))) return 'gave-up';
 */
export async function findMoveIn(a: Actor): Promise<boolean> {
  const { page, r, persona } = a;
  await page.goto(`${a.baseUrl}/`);
  await pause(a, 3000);
  const menuVisible = await page.locator('.krds-main-menu .gnb-main-trigger').first().isVisible();
  if (!menuVisible || r.chance(persona.searchFirst)) {
    await search(a, '전입신고', '전입신고');
    return true;
  }
  for (const section of ['주거·생활', '민원신청', '행정·안전']) {
    await openMainSection(a, section);
    const open = page.locator('.krds-main-menu .gnb-toggle-wrap.is-open');
    const links = open.locator('.gnb-sub-list a[href^="/services/"]');
    const labels = await links.allTextContents();
    const obvious = labels.findIndex((l) => l.includes('전입'));
    const hidden = labels.findIndex((l) => l.includes('주민등록 사항 변동'));
    const target = obvious >= 0 ? obvious : hidden >= 0 && r.chance(persona.spotsHiddenLabel) ? hidden : -1;
    if (target >= 0) {
      await Promise.all([page.waitForURL('**/services/move-in'), links.nth(target).click()]);
      return true;
    }
    const wrong = labels.findIndex((l) => l.includes('이사'));
    if (wrong >= 0 && r.chance(persona.wrongClick)) {
      await Promise.all([page.waitForURL('**/services/**'), links.nth(wrong).click()]);
      await pause(a, 2500);
      await page.goBack();
      await pause(a, 1200);
    }
  }
  await page.mouse.click(5, 400); // close the menu
  if (r.chance(persona.id === 'elder' ? 0.75 : 0.9)) {
    await search(a, '전입', '전입신고');
    return true;
  }
  return false;
}

async function leave(a: Actor): Promise<'abandoned'> {
  await pause(a, 1500);
  await a.page.goto(`${a.baseUrl}/`);
  await pause(a, 1000);
  return 'abandoned';
}

async function applicantStep(a: Actor): Promise<boolean> {
  const { r, persona, page } = a;
  await pause(a, 2000);
  await typeInto(a, '#f-applicantName', r.pick(['김영희', '이철수', '박민준', '최서연', '정하늘']));
  let hyphen = r.chance(persona.phoneHyphen);
  await typeInto(a, '#f-phone', hyphen ? '010-2345-6789' : '01023456789');
  if (r.chance(0.3)) await typeInto(a, '#f-email', 'citizen@example.kr');
  const forgetsRelation = r.chance(0.08);
  if (!forgetsRelation) await page.selectOption('#f-relation', r.pick(['self', 'head', 'member']));
  for (let attempt = 1; attempt <= 4; attempt++) {
    if (await submitStep(a)) {
      if (onStep(page, 2)) return true;
    }
    const errors = await visibleErrors(a);
    if (errors.length === 0) continue;
    if (r.chance(persona.giveUpPerError * attempt)) return false;
    await pause(a, 3000);
    if (errors.includes('phone')) {
      hyphen = hyphen && r.chance(attempt === 1 ? 0.35 : 0.1);
      await typeInto(a, '#f-phone', hyphen ? '010-2345-6789' : '01023456789');
    }
    if (errors.includes('relation')) await page.selectOption('#f-relation', 'self');
    if (errors.includes('applicantName')) await typeInto(a, '#f-applicantName', '김영희');
    if (errors.includes('email')) await typeInto(a, '#f-email', 'citizen@example.kr');
  }
  return onStep(page, 2);
}

const DATES = { compact: '20261101', dash: '2026-11-01', dot: '2026.11.1' } as const;

async function contentStep(a: Actor): Promise<boolean> {
  const { r, persona, page } = a;
  await pause(a, 2000);
  let style = r.weighted(persona.dateStyle);
  await typeInto(a, '#f-moveInDate', DATES[style]);
  const noBuildingNumber = r.chance(0.12);
  await typeInto(a, '#f-newAddress', noBuildingNumber ? '세종특별자치시 한누리대로' : '세종특별자치시 한누리대로 2130');
  if (r.chance(0.4)) await typeInto(a, '#f-addressDetail', '101동 1203호');
  await page.locator(`label[for="f-householdType-${r.chance(0.18) ? 1 : 0}"]`).click();
  for (let attempt = 1; attempt <= 5; attempt++) {
    if ((await submitStep(a)) && onStep(page, 3)) return true;
    const errors = await visibleErrors(a);
    if (errors.length === 0) continue;
    if (r.chance(persona.giveUpPerError * attempt)) return false;
    await pause(a, 4000);
    if (errors.includes('moveInDate')) {
      style = r.chance(attempt === 1 ? 0.55 : 0.8) ? 'compact' : r.pick(['dash', 'dot'] as const);
      await typeInto(a, '#f-moveInDate', DATES[style]);
    }
    if (errors.includes('newAddress')) await typeInto(a, '#f-newAddress', '세종특별자치시 한누리대로 2130');
  }
  return onStep(page, 3);
}

async function attachFile(a: Actor): Promise<void> {
  await a.page.setInputFiles('#f-attachment', {
    name: '세대주확인서.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% minwon-ux demo attachment\n'),
  });
  await pause(a, 1500);
}

async function attachStep(a: Actor): Promise<boolean> {
  const { r, persona, page } = a;
  const hint = page.locator('[data-attach-needed]');
  const guidance = (await hint.count()) > 0 ? await hint.getAttribute('data-attach-needed') : null;
  if (guidance === null) {
    // The vague instruction: read it again and again, click the "guide" that is not a link.
    await pause(a, 12_000);
    if (r.chance(0.45)) {
      const guide = page.locator('.attach-guide-link');
      await guide.click();
      if (r.chance(0.3)) for (let i = 0; i < 3; i++) await guide.click({ delay: 40 });
    }
    await pause(a, 8000);
    if (r.chance(persona.attachAbandon.problem)) return false;
    if (r.chance(0.4)) await attachFile(a);
  } else {
    await pause(a, 3000);
    if (r.chance(persona.attachAbandon.fixed)) return false;
    if (guidance === 'yes') await attachFile(a);
  }
  for (let attempt = 1; attempt <= 3; attempt++) {
    if ((await submitStep(a)) && onStep(page, 4)) return true;
    if ((await visibleErrors(a)).includes('attachment')) {
      // The error message is a second moment to leave, as likely as the first for this persona.
      if (r.chance(guidance === null ? persona.attachAbandon.problem : persona.attachAbandon.fixed)) return false;
      await pause(a, 5000);
      await attachFile(a);
    }
  }
  return onStep(page, 4);
}

async function confirmStep(a: Actor): Promise<string | undefined> {
  const { page, r } = a;
  await pause(a, 5000);
  if (!r.chance(0.1)) await page.locator('label[for="f-agreePrivacy"]').click();
  for (let attempt = 1; attempt <= 3; attempt++) {
    if ((await submitStep(a)) && page.url().includes('/complete')) {
      await pause(a, 3000);
      return (await page.locator('.receipt-number').textContent()) ?? undefined;
    }
    if ((await visibleErrors(a)).includes('agreePrivacy')) await page.locator('label[for="f-agreePrivacy"]').click();
  }
  return undefined;
}

/**
 * The whole application in the browser, from the service page to the receipt.
 *
 * @example
 * const { outcome, receiptNumber } = await applyForMoveIn(actor);
 */
export async function applyForMoveIn(a: Actor): Promise<{ outcome: SessionOutcome; receiptNumber?: string }> {
  const { page } = a;
  await pause(a, 5000);
  await Promise.all([page.waitForURL('**/apply/move-in/1'), page.locator('.apply-start').click()]);
  if (!(await applicantStep(a))) return { outcome: await leave(a) };
  if (!(await contentStep(a))) return { outcome: await leave(a) };
  if (!(await attachStep(a))) return { outcome: await leave(a) };
  const receiptNumber = await confirmStep(a);
  return receiptNumber ? { outcome: 'completed', receiptNumber } : { outcome: await leave(a) };
}

/**
 * Reading without applying: a category card, a service page or two through the side navigation.
 *
 * @example
 * await browse(actor);
 */
export async function browse(a: Actor): Promise<SessionOutcome> {
  const { page, r } = a;
  await page.goto(`${a.baseUrl}/`);
  await pause(a, 3000);
  const cards = page.locator('.category-card a');
  await Promise.all([page.waitForURL('**/category/**'), cards.nth(r.int(0, (await cards.count()) - 1)).click()]);
  await pause(a, 4000);
  for (let i = 0; i < r.int(1, 2); i++) {
    // The side navigation where it is shown (wide screens), the service cards otherwise.
    const side = page.locator('.krds-side-navigation a.lnb-link:visible');
    const links = (await side.count()) > 0 ? side : page.locator('.krds-structured-list a.c-text');
    const count = await links.count();
    if (count === 0) break;
    await Promise.all([page.waitForURL('**/services/**'), links.nth(r.int(0, count - 1)).click()]);
    await pause(a, 6000);
  }
  return 'browsed';
}
