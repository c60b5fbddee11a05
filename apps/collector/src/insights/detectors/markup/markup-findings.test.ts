import { describe, expect, it } from 'vitest';
import { describeInsight } from '../../evidence/describe-evidence.ts';
import type { ChromeFieldRow } from '../../labels/chrome-rows.ts';
import { buildLabelIndex } from '../../labels/label-index.ts';
import { type FieldDeviceRow, type FieldErrorRow, fieldBehaviours } from './field-behaviour.ts';
import { MARKUP_MIN_SESSIONS, markupInsights, UNHARMED_WEIGHT } from './markup-findings.ts';

const chrome = (field_id: string, overrides: Partial<ChromeFieldRow> = {}): ChromeFieldRow => ({
  form_id: 'j_idt45',
  field_id,
  form_title: '전입신고',
  label: field_id,
  label_source: 'for',
  programmatic_label: 1,
  required: 0,
  required_mark: 0,
  field_type: 'text',
  input_mode: '',
  autocomplete: '',
  has_hint: 0,
  error_linked: 1,
  field_order: 0,
  ...overrides,
});
const device = (
  field_id: string,
  d: string,
  touched: number,
  error_sessions: number,
  hesitation_p50 = 800,
): FieldDeviceRow => ({
  form_id: 'j_idt45',
  field_id,
  device: d,
  touched,
  error_sessions,
  hesitation_p50,
});
const error = (
  field_id: string,
  error_kind: string,
  sessions: number,
  error_message = '형식이 올바르지 않습니다',
): FieldErrorRow => ({
  form_id: 'j_idt45',
  field_id,
  error_kind,
  error_message,
  errors: sessions * 2,
  sessions,
});

function run(rows: ChromeFieldRow[], devices: FieldDeviceRow[], errors: FieldErrorRow[] = []) {
  return markupInsights(rows, fieldBehaviours(devices, errors), buildLabelIndex(rows));
}

describe('markup-aware findings', () => {
  it('a phone field without a numeric keypad is harmful when mobile fails more than desktop, named by its label', () => {
    const rows = [chrome('txtMbtlnum', { label: '휴대전화번호', autocomplete: 'tel' })];
    const [found] = run(
      rows,
      [device('txtMbtlnum', 'mobile', 40, 20), device('txtMbtlnum', 'desktop', 60, 6)],
      [error('txtMbtlnum', 'pattern_mismatch', 26, '숫자만 입력하세요')],
    );
    expect(found).toMatchObject({
      kind: 'numeric_keyboard_missing',
      target: { formId: 'j_idt45', fieldId: 'txtMbtlnum' },
      affectedSessions: 16, // 20 mobile error sessions − 10 % desktop rate × 40
      population: 100,
      evidence: { metrics: { measuredHarm: 1, mobileErrorRate: 0.5, desktopErrorRate: 0.1 } },
    });
    expect(found!.title.ko).toBe('모바일에서 숫자 자판이 뜨지 않는 항목: 전입신고 › 휴대전화번호');
    expect(found!.recommendation.ko).toContain('"숫자만 입력하세요"');
    expect(found!.recommendation.basis).toContain('WCAG 1.3.5');
  });

  it('the same defect with no measured harm ranks below a harmful one and at a tenth of the weight', () => {
    const rows = [
      chrome('txtMbtlnum', { label: '휴대전화번호', autocomplete: 'tel' }),
      chrome('txtTelno', { label: '집 전화번호', autocomplete: 'tel' }),
    ];
    const found = run(rows, [
      device('txtMbtlnum', 'mobile', 40, 20),
      device('txtMbtlnum', 'desktop', 60, 6),
      device('txtTelno', 'mobile', 40, 2, 700),
      device('txtTelno', 'desktop', 60, 6, 900),
    ]);
    const [harmful, harmless] = [
      found.find((i) => i.target.fieldId === 'txtMbtlnum')!,
      found.find((i) => i.target.fieldId === 'txtTelno')!,
    ];
    expect(harmless.evidence.metrics.measuredHarm).toBe(0);
    expect(harmless.affectedSessions).toBe(100);
    expect(harmless.impact).toBeCloseTo(0.3 * UNHARMED_WEIGHT);
    expect(harmless.severity).toBe(Math.round(100 * harmless.impact * 10) / 10);
    expect(harmful.severity).toBeGreaterThan(harmless.severity);
    // the severity formula the dashboard shows says what the impact stands for, and why a tenth
    expect(describeInsight(harmful).evidence.severityFormula?.impactMeaning.en).toBe(
      'typing digits on a letter keyboard',
    );
    expect(describeInsight(harmless).evidence.severityFormula?.impactMeaning.en).toMatch(
      /no harm measured yet: a tenth/,
    );
  });

  it('a free-text date counts the sessions with format errors, not the value-missing ones', () => {
    const rows = [
      chrome('j_idt52', { label: '전입 예정일', label_source: 'visual', programmatic_label: 0, error_linked: 0 }),
    ];
    const found = run(
      rows,
      [device('j_idt52', 'desktop', 50, 30)],
      [
        error('j_idt52', 'pattern_mismatch', 25, '날짜 형식(YYYY-MM-DD)으로 입력하세요'),
        error('j_idt52', 'value_missing', 5, '필수 입력입니다'),
      ],
    );
    const byKind = Object.fromEntries(found.map((i) => [i.kind, i]));
    expect(byKind.free_text_date).toMatchObject({ affectedSessions: 25 });
    expect(byKind.unlabelled_field).toMatchObject({ affectedSessions: 30 });
    expect(byKind.unlinked_error_message).toMatchObject({ affectedSessions: 30 });
    expect(byKind.unmarked_required_field).toMatchObject({ affectedSessions: 5 });
    expect(byKind.unlinked_error_message!.recommendation.ko).toContain('"날짜 형식(YYYY-MM-DD)으로 입력하세요"');
    expect(Object.keys(byKind).sort()).toEqual([
      'free_text_date',
      'unlabelled_field',
      'unlinked_error_message',
      'unmarked_required_field',
    ]);
  });

  it('missing autocomplete on name, e-mail, phone and address fields; never on a well-marked control field or a rarely used one', () => {
    const rows = [
      chrome('txtAplcntNm', { label: '신청인 성명' }),
      chrome('email', { label: '이메일', autocomplete: 'email' }),
      chrome('addr', { label: '도로명 주소', autocomplete: 'off' }),
      chrome('rsn', { label: '신청 사유', field_type: 'select-one', required: 1, required_mark: 1 }),
      chrome('rare', { label: '비고 성명', autocomplete: '' }),
      chrome('txtHshldrNm', { label: '세대주 성명' }), // someone else's name: WCAG 1.3.5 is about the user's own
    ];
    const found = run(rows, [
      device('txtAplcntNm', 'desktop', 20, 0),
      device('email', 'desktop', 20, 0),
      device('addr', 'desktop', 20, 1),
      device('rsn', 'desktop', 20, 0),
      device('rare', 'desktop', MARKUP_MIN_SESSIONS - 1, 0),
      device('txtHshldrNm', 'desktop', 20, 0),
    ]);
    expect(
      found.map((i) => [i.kind, i.target.fieldId, i.recommendation.en.match(/autocomplete="([^"]+)"/)?.[1]]),
    ).toEqual([
      ['missing_autocomplete', 'txtAplcntNm', 'name'],
      ['missing_autocomplete', 'addr', 'street-address'],
    ]);
  });
});
