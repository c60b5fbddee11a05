import { describe, expect, it } from 'vitest';
import { PHONE_PATTERNS } from './application/fields.ts';
import { MOVE_IN_LABELS } from './catalog.ts';
import { readDemoEnv } from './config.ts';
import { createDemoSite } from './server.ts';

const NOW = new Date('2026-11-03T09:00:00Z');
const site = (fixes: Parameters<typeof createDemoSite>[0] extends infer O ? O : never = {}) =>
  createDemoSite({ collectorUrl: 'http://collector.test:8787', siteKey: 'demo-key', now: () => NOW, ...fixes });

/** Drives the app like a browser: keeps the draft cookie, follows nothing automatically. */
function browserLike(app: ReturnType<typeof createDemoSite>) {
  let cookie = '';
  const remember = (res: Response) => {
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0] ?? '';
    return res;
  };
  return {
    get: async (path: string) => remember(await app.request(path, { headers: { cookie } })),
    post: async (path: string, fields: Record<string, string | File>) => {
      const body = new FormData();
      for (const [k, v] of Object.entries(fields)) body.append(k, v);
      return remember(await app.request(path, { method: 'POST', body, headers: { cookie } }));
    },
  };
}

const STEP1 = { applicantName: '홍길동', phone: '01012345678', email: '', relation: 'self' };
const STEP2 = { moveInDate: '20261101', newAddress: '세종특별자치시 한누리대로 2130', householdType: 'new', memo: '' };

describe('pages', () => {
  it.each([
    ['/', '민원 분야'],
    ['/category/admin', 'krds-side-navigation'],
    ['/services/move-in', '신청하기'],
    ['/search?q=%EC%A0%84%EC%9E%85', '전입신고'],
    ['/apply/move-in/1', 'krds-step-wrap'],
  ])('%s renders with the KRDS shell and the SDK tag', async (path, marker) => {
    const res = await site().request(path);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain(marker);
    expect(body).toContain('<nav class="krds-main-menu" data-ux-menu="main"');
    expect(body).toContain('class="gnb-main-trigger"');
    expect(body).toContain('class="gnb-sub-trigger"');
    expect(body).toContain('<script src="http://collector.test:8787/sdk.js" data-site="demo-key" defer></script>');
  });

  it('asks the SDK to record a share of sessions for replay when the demo is told to (DEMO_REPLAY)', async () => {
    const body = await (await site({ replay: 0.5 }).request('/')).text();
    expect(body).toContain(
      '<script src="http://collector.test:8787/sdk.js" data-site="demo-key" data-replay="0.5" defer>',
    );
  });

  it('asks for the satisfaction survey when the demo is told to (DEMO_SURVEY=1)', async () => {
    const body = await (await site({ survey: true }).request('/')).text();
    expect(body).toContain(
      '<script src="http://collector.test:8787/sdk.js" data-site="demo-key" data-survey="1" defer>',
    );
  });

  it('renders the main menu open state itself, so KRDS init does not flip aria-expanded at load', async () => {
    const body = await (await site().request('/')).text();
    expect(body).not.toContain('data-has-submenu');
    expect(body).toContain('class="gnb-sub-trigger active" data-trigger="gnb" aria-expanded="true"');
    expect(body).toContain('<div class="gnb-sub-list active" id="gnb-admin-1">');
  });

  it('answers unknown pages with the 404 page', async () => {
    const res = await site().request('/services/nope');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('페이지를 찾을 수 없습니다');
  });

  it('escapes the search query it echoes', async () => {
    const body = await (await site().request('/search?q=%3Cscript%3E')).text();
    expect(body).toContain('&lt;script&gt;');
    expect(body).not.toContain('<script>');
  });

  it('serves KRDS assets from the package and refuses paths outside it', async () => {
    const app = site();
    const css = await app.request('/krds/css/component/component.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect((await app.request('/krds/img/img/component/icon/ico_angle.svg')).status).toBe(200);
    expect((await app.request('/krds/%2e%2e/package.json')).status).toBe(404);
    expect((await app.request('/assets/apply-form.js')).status).toBe(200);
  });
});

describe('fix switches', () => {
  it('menu-label: the service is hidden under an unexpected label until fixed', async () => {
    const app = site();
    const before = await (await app.request('/')).text();
    expect(before).toContain(MOVE_IN_LABELS.problem);
    expect(before).not.toContain(MOVE_IN_LABELS.fixed);
    const res = await app.request('/__demo/fixes', { method: 'POST', body: JSON.stringify({ 'menu-label': true }) });
    expect(await res.json()).toMatchObject({ 'menu-label': true, 'phone-hyphen': false });
    const after = await (await app.request('/')).text();
    expect(after).toContain(MOVE_IN_LABELS.fixed);
    expect(after).toMatch(/이사·주거[\s\S]*?<li><a href="\/services\/move-in">전입신고<\/a><\/li>/);
  });

  it('phone-hyphen: the pattern accepts hyphens only when fixed', async () => {
    const unfixed = await (await site().request('/apply/move-in/1')).text();
    const fixed = await (await site({ fixes: ['phone-hyphen'] }).request('/apply/move-in/1')).text();
    const patternOf = (body: string) => /name="phone"[^>]*pattern="([^"]+)"/.exec(body)?.[1] ?? '';
    expect(patternOf(unfixed)).toBe(PHONE_PATTERNS.problem);
    expect(patternOf(fixed)).toBe(PHONE_PATTERNS.fixed);
    const accepts = (pattern: string, value: string) => new RegExp(`^(?:${pattern})$`, 'u').test(value);
    expect(accepts(patternOf(unfixed), '010-1234-5678')).toBe(false);
    expect(accepts(patternOf(fixed), '010-1234-5678')).toBe(true);
    expect(fixed).toContain('예: 010-1234-5678');
  });

  it('date-format: a hint and separators appear only when fixed', async () => {
    const fixedApp = site({ fixes: { 'date-format': true } });
    const b = browserLike(fixedApp);
    await b.get('/apply/move-in/1');
    await b.post('/apply/move-in/1', STEP1);
    const page = await (await b.get('/apply/move-in/2')).text();
    expect(page).toContain('예: 2026.11.03 또는 20261103');
    const res = await b.post('/apply/move-in/2', { ...STEP2, moveInDate: '2026.11.01' });
    expect(res.status).toBe(303);
  });

  it('attach-step: the vague instruction becomes a precise one', async () => {
    for (const [fixes, expected] of [
      [[], '관계 법령에 따른 구비서류를 첨부하여 주십시오'],
      [['attach-step'], '첨부할 서류가 없습니다'],
    ] as const) {
      const b = browserLike(site({ fixes }));
      await b.get('/apply/move-in/1');
      await b.post('/apply/move-in/1', STEP1);
      await b.post('/apply/move-in/2', STEP2);
      expect(await (await b.get('/apply/move-in/3')).text()).toContain(expected);
    }
  });

  it('refuses unknown problem ids and non-boolean values', async () => {
    const app = site();
    const unknown = await app.request('/__demo/fixes', { method: 'POST', body: JSON.stringify({ nope: true }) });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: { code: 'unknown_problem' } });
    const wrong = await app.request('/__demo/fixes', { method: 'POST', body: JSON.stringify({ 'menu-label': 'yes' }) });
    expect(wrong.status).toBe(400);
    expect(await (await app.request('/__demo/fixes')).json()).toMatchObject({ 'menu-label': false });
  });

  it('reads DEMO_FIXES from the environment', () => {
    expect(readDemoEnv({ DEMO_FIXES: 'all' }).options.fixes).toMatchObject({ 'attach-step': true, 'menu-label': true });
    expect(readDemoEnv({ DEMO_FIXES: 'date-format' }).options.fixes).toMatchObject({
      'date-format': true,
      'phone-hyphen': false,
    });
    expect(() => readDemoEnv({ DEMO_FIXES: 'typo' })).toThrow(/unknown problem id "typo"/);
  });
});

describe('application', () => {
  it('re-renders a step with KRDS error states when the server refuses it', async () => {
    const b = browserLike(site());
    await b.get('/apply/move-in/1');
    const res = await b.post('/apply/move-in/1', { ...STEP1, phone: '010-1234-5678', relation: '' });
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toMatch(/<div class="form-conts is-error">\s*<input type="tel" id="f-phone"/);
    expect(body).toContain('<p class="form-hint-invalid" id="phone-error">입력 형식이 올바르지 않습니다.</p>');
    expect(body).toContain('<p class="form-hint-invalid" id="relation-error">신고인과의 관계를 선택해 주세요.</p>');
    expect(body).toContain('value="홍길동"');
    expect(body).toContain('2개 항목에 문제가 있습니다');
  });

  it('runs server-only checks: future dates, addresses without a building number, a missing document', async () => {
    const b = browserLike(site());
    await b.get('/apply/move-in/1');
    await b.post('/apply/move-in/1', STEP1);
    const step2 = await (
      await b.post('/apply/move-in/2', { ...STEP2, moveInDate: '20991231', newAddress: '세종시' })
    ).text();
    expect(step2).toContain('전입일자는 오늘보다 늦을 수 없습니다.');
    expect(step2).toContain('주소를 찾을 수 없습니다.');
    await b.post('/apply/move-in/2', { ...STEP2, householdType: 'join' });
    const step3 = await (await b.post('/apply/move-in/3', {})).text();
    expect(step3).toContain('<p class="form-hint-invalid" id="attachment-error">구비서류가 누락되었습니다.</p>');
  });

  it('does not let anyone skip a step', async () => {
    const b = browserLike(site());
    await b.get('/apply/move-in/1');
    const res = await b.get('/apply/move-in/3');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/apply/move-in/1');
  });

  it('goes through all four steps to a receipt marked for the SDK', async () => {
    const b = browserLike(site());
    await b.get('/apply/move-in/1');
    expect((await b.post('/apply/move-in/1', STEP1)).headers.get('location')).toBe('/apply/move-in/2');
    expect((await b.post('/apply/move-in/2', STEP2)).headers.get('location')).toBe('/apply/move-in/3');
    const file = new File(['%PDF-1.4'], '확인서.pdf', { type: 'application/pdf' });
    expect((await b.post('/apply/move-in/3', { attachment: file })).headers.get('location')).toBe('/apply/move-in/4');
    const confirm = await (await b.get('/apply/move-in/4')).text();
    expect(confirm).toContain('확인서.pdf');
    expect(confirm).toMatch(/<li class="active">[\s\S]*?확인·제출/);
    const refused = await (await b.post('/apply/move-in/4', {})).text();
    expect(refused).toContain('개인정보 수집·이용에 동의해 주세요');
    const done = await b.post('/apply/move-in/4', { agreePrivacy: 'yes' });
    expect(done.status).toBe(303);
    const location = done.headers.get('location') ?? '';
    expect(location).toBe('/apply/move-in/complete?no=2AA-2611-000123');
    const receipt = await (await b.get(location)).text();
    expect(receipt).toContain('data-ux-success');
    expect(receipt).toContain('2AA-2611-000123');
  });
});
