import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness.ts';

describe('page chrome in real Chromium (hint-free eGovFrame/KRDS markup)', () => {
  const h = useHarness();

  it('reports what the form shows — labels, marks, attributes — once, with the form id its events carry, never a value', async () => {
    const page = await h.open('chrome-egov.html');
    const chrome = await h.event((e) => e.kind === 'form_chrome', 8000);
    await page.fill('#txtAplcntNm', '김철수');
    await h.leave(page);
    await h.event((e) => e.kind === 'form_abandon');
    expect(h.events('form_start')[0]).toMatchObject({ formId: 'j_idt45' });
    expect(chrome).toMatchObject({
      formId: 'j_idt45',
      formTitle: '전입신고',
      hash: expect.stringMatching(/^[0-9a-f]{8}$/),
    });
    expect(h.events('form_chrome')).toHaveLength(1); // the search form is not described
    const byId = Object.fromEntries(chrome.fields.map((f: { fieldId: string }) => [f.fieldId, f]));
    expect(chrome.fields.map((f: { fieldId: string }) => f.fieldId)).toEqual([
      'txtAplcntNm',
      'txtMbtlnum',
      'txtHshldrNm',
      'txtRel',
      'j_idt52',
      'txtEmail',
      'rel',
      'agree',
      'memo',
      'zip',
      'secret',
    ]);
    expect(byId.txtAplcntNm).toMatchObject({
      label: '신청인 성명',
      labelSource: 'for',
      required: true,
      requiredMark: true,
      autocomplete: 'name',
      fieldType: 'text',
      order: 0,
    });
    expect(byId.txtMbtlnum).toMatchObject({
      label: '휴대전화번호',
      labelSource: 'visual',
      required: true,
      requiredMark: true,
      hint: true,
    });
    expect(byId.txtMbtlnum.inputMode).toBeUndefined();
    expect(byId.j_idt52).toMatchObject({
      label: '전입 예정일',
      labelSource: 'visual',
      errorLinked: true,
      requiredMark: false,
    });
    expect(byId.txtEmail).toMatchObject({ label: '이메일 주소', labelSource: 'placeholder', errorLinked: false });
    expect(byId.rel).toMatchObject({ label: '세대주와의 관계', labelSource: 'wrap', fieldType: 'radio' });
    expect(byId.agree).toMatchObject({
      label: '개인정보 수집에 동의합니다',
      labelSource: 'wrap',
      required: true,
      requiredMark: true,
    });
    expect(byId.memo).toMatchObject({ label: '메모', labelSource: 'aria' });
    expect(byId.txtHshldrNm).toMatchObject({ label: '세대주 성명', labelSource: 'visual' });
    expect(byId.txtRel).toMatchObject({ label: '세대주 관계', labelSource: 'visual' });
    expect(byId.zip).toMatchObject({ label: '우편번호', labelSource: 'visual' });
    expect(byId.secret.label).toBeUndefined(); // inside data-ux-mask: no text
    const sent = h.servers.captures.map((c) => c.body).join('');
    for (const value of ['홍길동', '김철수', '2026.12.01', 'hong@example.com', 'secret-state-123', '1234-5678'])
      expect(sent).not.toContain(value);
    h.expectValidBatches();
  });

  it("names a multi-step application by the page's heading, not the step's heading inside the form", async () => {
    await h.open('chrome-steps.html');
    const chrome = await h.event((e) => e.kind === 'form_chrome', 8000);
    expect(chrome).toMatchObject({ formId: 'apply', formTitle: '전입신고 신청' });
    expect(chrome.fields[0]).toMatchObject({ fieldId: 'moveInDate', label: '전입일자' });
  });

  it('sends a form version once per browser, and again when its chrome changes', async () => {
    const page = await h.open('chrome-egov.html');
    await h.event((e) => e.kind === 'form_chrome', 8000);
    await page.reload();
    await page.waitForFunction(() => !!window.minwonUx);
    await page.waitForTimeout(2500);
    expect(h.events('form_chrome')).toHaveLength(1);
    await page.evaluate(() => {
      document.querySelector('label[for=txtAplcntNm]')!.textContent = '신청인 이름';
      const extra = document.createElement('input');
      extra.name = 'txtAddr';
      extra.setAttribute('aria-label', '주소');
      document.querySelector('form#j_idt45')!.append(extra);
    });
    const second = await h.event((e) => e.kind === 'form_chrome' && e.fields.length === 12, 8000);
    expect(second.fields[0]).toMatchObject({ label: '신청인 이름' });
    expect(second.hash).not.toBe(h.events('form_chrome')[0].hash);
    h.expectValidBatches();
  });
});
