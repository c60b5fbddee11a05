import { writeFileSync } from 'node:fs';
import type { FormsResponse, Insight, InsightsResponse } from '@minwon-ux/api-contract';
import { launchChromium } from '@minwon-ux/testkit/chromium';
import { createRandom } from '@minwon-ux/testkit/random';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plantedPages } from './planted-site/pages.ts';
import { drawPersona, visit } from './planted-site/personas.ts';
import { type RunningCollector, startCollectorServer } from './support/collector-server.ts';
import { type StaticServer, startStaticServer } from './support/static-server.ts';

// Issue 14, part 7: a site we did not write for the SDK (eGovFrame ids, KRDS classes, no data-ux-*
// hints, one script tag) with planted problems; seeded visitors in real Chromium; the ranking read
// through GET /api/sites/{key}/insights as a designer's dashboard reads it.

const SESSIONS = 40;
const PARALLEL = 4;

let site: StaticServer;
let collector: RunningCollector;
let browser: Browser;
/** Phones: a browser with a phone's user agent (a context's emulated one is lost on unload beacons). */
let phoneBrowser: Browser;
let insights: Insight[];
let forms: FormsResponse;

const PHONE_UA =
  'Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0 Mobile Safari/537.36';

beforeAll(async () => {
  let pages: Record<string, string> = {};
  site = await startStaticServer(
    Object.fromEntries(
      ['/', '/svc/reissue', '/svc/copy', '/svc/car', '/svc/seal', '/apply/step1', '/apply/step2', '/apply/done'].map(
        (path) => [
          path,
          (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]),
        ],
      ),
    ),
  );
  collector = await startCollectorServer({
    sites: [{ key: 'planted', name: '행복시 민원포털', origins: [site.origin] }],
  });
  pages = plantedPages(collector.url);
  browser = await launchChromium();
  phoneBrowser = await launchChromium({ args: [`--user-agent=${PHONE_UA}`] });
  const random = createRandom(14);
  const queue = Array.from({ length: SESSIONS }, (_, i) => i);
  const worker = async () => {
    for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
      const visitor = random.fork(i);
      const persona = drawPersona(visitor);
      const context = persona.mobile
        ? await phoneBrowser.newContext({ viewport: { width: 412, height: 915 }, isMobile: true, locale: 'ko-KR' })
        : await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
      const page = await context.newPage();
      await visit(page, site.origin, persona, visitor);
      await page.goto('about:blank'); // pagehide: the last page's events leave by beacon
      await page.waitForTimeout(200);
      await context.close();
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  await new Promise((r) => setTimeout(r, 500));
  await collector.runtime.ingest.writer.settle();
  const session = await collector.login();
  const day = new Date().toISOString().slice(0, 10);
  const res = await fetch(`${collector.url}/api/sites/planted/insights?from=${day}&to=${day}&limit=200`, {
    headers: session.headers,
  });
  expect(res.status).toBe(200);
  insights = ((await res.json()) as InsightsResponse).insights;
  const formsRes = await fetch(`${collector.url}/api/sites/planted/forms?from=${day}&to=${day}`, {
    headers: session.headers,
  });
  forms = (await formsRes.json()) as FormsResponse;
  // the ranking for the issue notes: MINWON_PLANTED_REPORT=/tmp/ranking.txt npx vitest run e2e/planted-site.int.test.ts
  const report = process.env.MINWON_PLANTED_REPORT;
  if (report) writeFileSync(report, insights.map((i, n) => `${n + 1}. ${ranked(i)}`).join('\n'));
}, 600_000);

const ranked = (i: Insight) =>
  `${i.kind} | ${i.targetLabel ?? i.target.menuLabel ?? i.target.path ?? ''} | affected ${i.affectedSessions}/${i.population} | severity ${i.severity} | ${i.title.ko}`;

afterAll(async () => {
  await browser?.close();
  await phoneBrowser?.close();
  await collector?.close();
  await site?.close();
});

const rankOf = (match: (i: Insight) => boolean) => insights.findIndex(match);
const onField = (fieldId: string) => (i: Insight) => i.target.fieldId === fieldId;

describe('planted site: hint-free eGovFrame/KRDS pages, real Chromium visitors', () => {
  it('stored the page chrome of the form under the id its events carry', async () => {
    const rows = await collector.rows<{ field_id: string; label: string; label_source: string }>(
      "SELECT DISTINCT field_id, label, label_source FROM minwon_ux.form_chrome WHERE site_id = 'planted' AND form_id = 'j_idt45' ORDER BY field_id",
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { field_id: 'txtAplcntNm', label: '신청인 성명', label_source: 'for' },
        { field_id: 'j_idt52', label: '전입 예정일', label_source: 'visual' },
        { field_id: 'txtRsn', label: '전입 사유', label_source: 'for' },
      ]),
    );
  });

  it('ranks the planted problems on top, named by their labels', () => {
    const summary = insights.map(ranked);
    const top = insights.slice(0, 8);
    // the over-strict date field: format errors, a free-text date, an unlinked message, an unlabelled field
    const date = rankOf((i) => onField('j_idt52')(i) && ['error_prone_field', 'free_text_date'].includes(i.kind));
    expect(date, summary.join('\n')).toBeGreaterThanOrEqual(0);
    expect(date, summary.join('\n')).toBeLessThan(3);
    const dateInsight = insights[date]!;
    expect(dateInsight.targetLabel).toBe('전입신고 › 전입 예정일');
    expect(dateInsight.title.ko).toContain('전입신고 › 전입 예정일');
    expect(dateInsight.title.ko).not.toContain('j_idt52');
    expect(dateInsight.recommendation.ko).toContain('전입 예정일 형식이 올바르지 않습니다.');
    // the step where visitors give up
    const step = rankOf(
      (i) =>
        (i.kind === 'step_drop_off' && i.target.step === 2) ||
        (i.kind === 'abandonment_field' && i.target.fieldId === 'txtHshldrNm'),
    );
    expect(step, summary.join('\n')).toBeGreaterThanOrEqual(0);
    expect(step, summary.join('\n')).toBeLessThan(4);
    // the service hidden under an unexpected menu
    const menu = rankOf(
      (i) => i.kind === 'menu_hunting' || (i.kind === 'misleading_menu_item' && i.target.menuLabel === '주민등록'),
    );
    expect(menu, summary.join('\n')).toBeGreaterThanOrEqual(0);
    // markup defects with harm outrank the same kinds without harm
    expect(
      top.filter((i) => i.kind === 'free_text_date' || i.kind === 'unlinked_error_message').length,
    ).toBeGreaterThan(0);
  });

  it('leaves the easy control field out and names every field insight by its label', () => {
    expect(insights.filter(onField('txtRsn'))).toEqual([]);
    for (const insight of insights.filter((i) => i.target.fieldId)) {
      expect(insight.labels?.form, insight.id).toBe('전입신고');
      expect(insight.targetLabel, insight.id).toMatch(/^전입신고 › /);
    }
  });

  it('compares phone and desktop visitors on the number field without a numeric keypad', () => {
    const phone = insights.find((i) => i.kind === 'numeric_keyboard_missing' && i.target.fieldId === 'txtMbtlnum');
    expect(phone?.targetLabel).toBe('전입신고 › 휴대전화번호');
    expect(Number(phone?.evidence.metrics.mobileErrorRate)).toBeGreaterThan(
      Number(phone?.evidence.metrics.desktopErrorRate),
    );
    expect(phone?.evidence.metrics.measuredHarm).toBe(1);
  });

  it('the forms page names the form and its fields by their labels', () => {
    expect(forms.labels?.forms.j_idt45).toBe('전입신고');
    expect(forms.labels?.fields.j_idt45).toMatchObject({
      j_idt52: '전입 예정일',
      txtRsn: '전입 사유',
      txtMbtlnum: '휴대전화번호',
    });
  });
});
