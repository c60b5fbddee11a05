import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness.ts';
import { waitFor } from './support/servers.ts';

interface Row {
  source: string;
  fixture: string;
  act: (page: Page) => Promise<void>;
  expected: Record<string, unknown>[];
}

const click = (selector: string) => (page: Page) => page.click(selector);

/** One row per input-error source DESIGN.md lists; each visible error must be exactly one event. */
const rows: Row[] = [
  {
    source: 'constraint validation (invalid event, ValidityState)',
    fixture: 'form-constraint.html',
    act: async (page) => {
      await page.fill('#email', 'abc');
      await page.fill('#age', '5');
      await page.click('button[type=submit]');
    },
    expected: [
      { fieldId: 'age', fieldType: 'number', errorKind: 'range_underflow', errorSource: 'constraint' },
      { fieldId: 'applicant', errorKind: 'value_missing', errorSource: 'constraint' },
      { fieldId: 'contact-email', fieldType: 'email', errorKind: 'type_mismatch', errorSource: 'constraint' },
      { fieldId: 'phone', errorKind: 'value_missing', errorSource: 'constraint' },
    ],
  },
  {
    source: 'aria-invalid with aria-errormessage, aria-describedby error text (typed value quoted in it)',
    fixture: 'errors-aria.html',
    act: async (page) => {
      await page.fill('#birth', '1990');
      await page.click('button[type=submit]');
    },
    expected: [
      {
        formId: 'aria-form',
        fieldId: 'birth',
        errorSource: 'aria',
        errorKind: 'custom',
        message: '생년월일 8자리를 입력하세요. …는 올바르지 않습니다.',
      },
      { formId: 'aria-form', fieldId: 'name', errorSource: 'aria', message: '성명을 입력하세요.' },
    ],
  },
  {
    source: 'live region inside a form',
    fixture: 'errors-alert.html',
    act: click('button[type=submit]'),
    expected: [{ formId: 'zip-form', fieldId: 'zip', errorSource: 'aria', message: '우편번호는 숫자 5자리입니다.' }],
  },
  {
    source: 'KRDS .is-error / .form-hint-invalid',
    fixture: 'errors-krds.html',
    act: click('#next'),
    expected: [
      { formId: 'krds-apply', fieldId: 'consult_name', errorSource: 'class', message: '신청인 성명을 입력해 주세요.' },
      {
        formId: 'krds-apply',
        fieldId: 'consult_phone',
        errorSource: 'class',
        message: '연락처 형식이 올바르지 않습니다.',
      },
    ],
  },
  {
    source: 'data-ux-error markup hint',
    fixture: 'errors-markup.html',
    act: click('#go'),
    expected: [
      {
        formId: 'certificate',
        fieldId: 'reason',
        fieldType: 'select',
        errorSource: 'markup',
        message: '발급 사유를 선택하세요.',
      },
    ],
  },
  {
    source: 'reportError() API',
    fixture: 'errors-api.html',
    act: click('#check'),
    expected: [
      {
        formId: 'petition',
        fieldId: 'content',
        fieldType: 'textarea',
        errorSource: 'api',
        errorKind: 'too_short',
        message: '내용은 20자 이상 입력하세요.',
      },
      { formId: 'petition', fieldId: 'title', errorSource: 'api', errorKind: 'custom' },
    ],
  },
  {
    source: 'server re-render: errors present at load',
    fixture: 'errors-server.html',
    act: async () => {},
    expected: [
      {
        formId: 'move-in',
        fieldId: 'address',
        errorSource: 'server',
        errorKind: 'server',
        message: '도로명주소를 찾을 수 없습니다.',
      },
      {
        formId: 'move-in',
        fieldId: 'tel',
        errorSource: 'server',
        errorKind: 'server',
        message: '연락처를 확인하세요.',
      },
    ],
  },
  {
    source: 'four signals for one error (constraint + aria + class + markup) are one event',
    fixture: 'errors-dedupe.html',
    act: click('button[type=submit]'),
    expected: [
      {
        formId: 'all',
        fieldId: 'email',
        errorSource: 'constraint',
        errorKind: 'value_missing',
        message: '이메일을 입력하세요.',
        attempt: 1,
      },
    ],
  },
];

describe('input errors: one event per visible error, from every source', () => {
  const h = useHarness();

  it.each(rows)('$source', async ({ fixture, act, expected }) => {
    const page = await h.open(fixture);
    await act(page);
    await page.waitForTimeout(700);
    await h.leave(page);
    await h.event((e) => e.kind === 'page_dwell');
    const errors = h.events('input_error').sort((a, b) => a.fieldId.localeCompare(b.fieldId));
    expect(errors).toMatchObject(expected);
    expect(errors).toHaveLength(expected.length);
    h.expectValidBatches();
  });

  it('counts a second submit of a still-invalid field as attempt 2, once', async () => {
    const page = await h.open('errors-dedupe.html');
    await page.click('button[type=submit]');
    await page.waitForTimeout(600);
    await page.click('button[type=submit]');
    await page.waitForTimeout(600);
    await h.leave(page);
    await h.event((e) => e.kind === 'page_dwell');
    expect(h.events('input_error').map((e) => e.attempt)).toEqual([1, 2]);
    expect(h.events('form_submit').map((e) => [e.blocked, e.attempt, e.errorCount])).toEqual([
      [true, 1, 1],
      [true, 2, 1],
    ]);
  });

  it('Enter in a field is a submit attempt (the browser clicks the default button)', async () => {
    const page = await h.open('form-constraint.html');
    await page.fill('#age', '5');
    await page.press('#age', 'Enter');
    await waitFor(async () => {
      await page.evaluate(() => window.minwonUx?.flush());
      return h.events('form_submit').length;
    });
    expect(h.events('form_submit')).toMatchObject([{ formId: 'move-in', blocked: true, attempt: 1, errorCount: 3 }]);
    expect(
      h
        .events('input_error')
        .map((e) => e.fieldId)
        .sort(),
    ).toEqual(['age', 'applicant', 'phone']);
  });

  it('continues the attempt count and the form after a server re-render, and reports abandon', async () => {
    const page = await h.open('errors-server.html');
    await page.fill('#tel', '1');
    await h.leave(page);
    const abandon = await h.event((e) => e.kind === 'form_abandon');
    expect(abandon).toMatchObject({ formId: 'move-in', fieldId: 'tel' });
    expect(h.events('form_start')).toEqual([]);
  });
});
