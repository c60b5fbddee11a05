import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BenchmarksResponse } from '@minwon-ux/api-contract';
import { chromeField, type TestSession } from '@minwon-ux/collector/testing';
import { launchChromium } from '@minwon-ux/testkit/chromium';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDashboardBuilt } from '../dashboard/dashboard-server.ts';
import { type RunningCollector, startCollectorServer } from '../support/collector-server.ts';

// Joint use end to end (issue 17): three agencies' sites send wire batches whose form_start carries
// the service code, the collector stores them, agencies opt in, and agency A's admin opens
// "다른 기관과 비교" in real Chromium: our row, the peers (named or pseudonymous), the best agency
// and our field it has no errors on; the sharing form saves; no axe-core violation in ko and en.

const SERVICE = 'MOIS-0001';
const today = new Date().toISOString().slice(0, 10);
// the sessions are the last ten minutes: from yesterday, so a run just after midnight (UTC) sees them all
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const range = `from=${yesterday}&to=${today}`;
const PASSWORD = 'correct-horse-battery';
const AGENCIES = [
  { id: 'agency-a', name: '가나시청' },
  { id: 'agency-b', name: '다라군청' },
  { id: 'agency-c', name: '마바구청' },
];

let collector: RunningCollector;
let browser: Browser;
let page: Page;
let alice: TestSession;

/** One session's wire batch: start (with the service code), maybe a phone error, submit, maybe success. */
function sessionBatch(site: string, i: number, { errs, done }: { errs: boolean; done: boolean }) {
  const t = Date.now() - 600_000 + i * 1000;
  const base = (seq: number, dt: number) => ({ id: randomUUID(), seq, t: t + dt, path: '/apply' });
  const events: unknown[] = [
    { ...base(1, 0), kind: 'page_view' },
    { ...base(2, 1000), kind: 'form_start', formId: 'apply', fieldId: 'name', service: SERVICE },
  ];
  if (site === 'site-a' && i === 0) {
    // the page chrome the SDK reports once per form version: the designer reads these words, not ids
    events.push({
      ...base(2, 1500),
      kind: 'form_chrome',
      formId: 'apply',
      hash: 'v1',
      formTitle: '전입신고',
      fields: [chromeField('name', '신청인 성명'), chromeField('phone', '휴대전화 번호')].map((f, order) => ({
        ...f,
        order,
      })),
    });
  }
  if (errs) {
    events.push({
      ...base(3, 2000),
      kind: 'input_error',
      formId: 'apply',
      fieldId: 'phone',
      errorKind: 'pattern_mismatch',
      errorSource: 'constraint',
      attempt: 1,
    });
  }
  events.push({ ...base(4, 3000), kind: 'form_submit', formId: 'apply', blocked: false, attempt: 1 });
  if (done) events.push({ ...base(5, 60_000 + i * 100), kind: 'form_success', formId: 'apply', durationMs: 59_000 });
  else events.push({ ...base(5, 4000), kind: 'form_abandon', formId: 'apply', fieldId: 'address', durationMs: 3000 });
  return { v: 1, site, sid: `s-${site}-${String(i).padStart(4, '0')}`, sentAt: Date.now(), events };
}

async function post(site: string, batch: unknown) {
  const res = await fetch(`${collector.url}/v1/events`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain;charset=UTF-8', origin: `https://${site}.example.go.kr` },
    body: JSON.stringify(batch),
  });
  expect(res.status).toBeLessThan(300);
}

async function api(session: TestSession, method: string, path: string, body?: unknown) {
  const res = await collector.app.request(path, {
    method,
    headers: { ...session.headers, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

beforeAll(async () => {
  ensureDashboardBuilt();
  collector = await startCollectorServer({
    env: { RATE_CLIENT_RPS: '0', RATE_SITE_RPS: '0' },
    sites: AGENCIES.map((a) => ({
      key: a.id.replace('agency', 'site'),
      name: `${a.name} 민원`,
      agency: a.id,
      origins: [`https://${a.id.replace('agency', 'site')}.example.go.kr`],
    })),
  });
  const admin = await collector.login();
  for (const a of AGENCIES) await api(admin, 'POST', '/api/admin/agencies', a);
  await api(admin, 'POST', '/api/admin/users', {
    email: 'alice@a.example.go.kr',
    name: '앨리스',
    role: 'admin',
    agencyId: 'agency-a',
    password: PASSWORD,
  });
  const first = await collector.login('alice@a.example.go.kr', PASSWORD);
  await api(first, 'POST', '/api/auth/password', { current: PASSWORD, next: `${PASSWORD}-2` });
  alice = await collector.login('alice@a.example.go.kr', `${PASSWORD}-2`);
  // A (ours): 20 sessions, 12 done, 8 with a phone error; B: 30, 27 done, no errors; C: 15, 9 done, 3 errors
  const plan = { 'site-a': [20, 12, 8], 'site-b': [30, 27, 0], 'site-c': [15, 9, 3] } as const;
  for (const [site, [n, done, errs]] of Object.entries(plan)) {
    for (let i = 0; i < n; i++) await post(site, sessionBatch(site, i, { errs: i < errs, done: i < done }));
  }
  await api(admin, 'PUT', '/api/admin/agencies/agency-b/sharing', { enabled: true, showName: true });
  await api(admin, 'PUT', '/api/admin/agencies/agency-c/sharing', { enabled: true, showName: false });
  for (let i = 0; i < 200; i++) {
    const [row] = await collector.rows<{ n: string }>(
      "SELECT count() AS n FROM minwon_ux.events WHERE kind = 'form_start' AND service_code != ''",
    );
    if (Number(row?.n) >= 65) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const [name, ...value] = alice.cookie.split('=');
  await context.addCookies([{ name: name!, value: value.join('='), url: collector.url }]);
  page = await context.newPage();
  page.on('pageerror', (err) => process.stderr.write(`pageerror: ${err.message}\n`));
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await collector?.close();
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');
async function axeViolations(p: Page) {
  await p.evaluate(axeSource);
  return p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(d: Document): Promise<{ violations: { id: string }[] }> } }).axe;
    return (await axe.run(document)).violations.map((v) => v.id);
  });
}

describe('다른 기관과 비교 (real collector, real Chromium)', () => {
  it('serves the wire-tagged service with our row and the sharing peers', async () => {
    const body = (await api(alice, 'GET', `/api/benchmarks?service=${SERVICE}&${range}`)) as BenchmarksResponse;
    expect(body.rows.map((r) => [r.agency, r.own, r.sessions, r.completionRate, r.errorRate])).toEqual([
      ['다라군청', false, 30, 0.9, 0],
      ['가나시청', true, 20, 0.6, 0.4],
      [`기관 ${body.rows[2]?.pseudonym}`, false, 15, 0.6, 0.2],
    ]);
    expect(body.total).toMatchObject({ agencies: 2, sessions: 45 });
  });

  it('shows the comparison, the best agency and our phone field, and saves our sharing choice', async () => {
    await page.goto(`${collector.url}/#/agencies?site=site-a&${range}`);
    await page.waitForSelector('#bm-best-h');
    await page.waitForSelector('.view:not([aria-busy])'); // the sharing and mapping sections come last
    const table = (await page.locator('section:has(#bm-service-h) table').textContent()) ?? '';
    expect(table).toContain('다라군청');
    expect(table).toContain('가나시청 (우리 기관)');
    expect(table).toMatch(/기관 [A-Z]+/);
    expect(await page.locator('svg#bm-strips, svg[aria-labelledby^="bm-strips"]').count()).toBe(1);
    const best = (await page.locator('section:has(#bm-best-h)').textContent()) ?? '';
    expect(best).toContain('다라군청: 완료율 90%');
    expect(best).toMatch(/우리 ‘휴대전화 번호’ 항목은 세션의 40%가 입력 오류를 겪지만, 다라군청에서는 0%입니다/);
    expect(await page.locator('#bm-service option:checked').textContent()).toBe(`전입신고 (${SERVICE})`);
    expect(await page.locator('button.table-csv').count()).toBeGreaterThanOrEqual(2);
    expect(await axeViolations(page)).toEqual([]);

    await page.check('#bm-share-on');
    await page.click('section:has(#bm-share-h) button[type=submit]');
    await page.waitForSelector('section:has(#bm-share-h) [role=status]');
    const saved = (await api(alice, 'GET', '/api/admin/agencies/agency-a/sharing')) as {
      sharing: { enabled: boolean };
    };
    expect(saved.sharing.enabled).toBe(true);

    await page.click('button[lang=en]');
    await page.waitForSelector('text=Compare with other agencies');
    await page.waitForSelector('.view:not([aria-busy])');
    expect(await page.locator('section:has(#bm-best-h)').textContent()).toContain(
      'Our ‘휴대전화 번호’ field gives 40% of sessions',
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});
