import type { Insight } from '@minwon-ux/api-contract';
import { describe, expect, it } from 'vitest';
import { applyLabels } from './apply-labels.ts';
import type { ChromeFieldRow } from './chrome-rows.ts';
import { buildLabelIndex } from './label-index.ts';

const row = (field_id: string, label: string): ChromeFieldRow => ({
  form_id: 'j_idt45',
  field_id,
  form_title: '전입신고',
  label,
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
});

const insight = (target: Insight['target'], title: string, details?: unknown): Insight => ({
  id: 'x',
  kind: 'error_prone_field',
  title: { ko: title, en: title },
  target,
  affectedSessions: 1,
  population: 1,
  share: 1,
  impact: 1,
  severity: 1,
  evidence: { chart: 'forms.errors', metrics: {}, details },
  recommendation: { ko: `'${title}' 고치세요`, en: `apply '${title}'`, basis: [] },
  exampleSessions: [],
});

describe('applyLabels', () => {
  const index = buildLabelIndex([row('j_idt52', '전입 예정일')]);

  it('names a field by its form title and label, ids kept in the target', () => {
    const [named] = applyLabels([insight({ formId: 'j_idt45', fieldId: 'j_idt52' }, 'j_idt45 › j_idt52')], index);
    expect(named).toMatchObject({
      title: { ko: '전입신고 › 전입 예정일' },
      recommendation: { ko: "'전입신고 › 전입 예정일' 고치세요" },
      target: { formId: 'j_idt45', fieldId: 'j_idt52' },
      targetLabel: '전입신고 › 전입 예정일',
      labels: { form: '전입신고', field: '전입 예정일' },
    });
  });

  it('a field without chrome in a known form keeps its id after the form title', () => {
    const [named] = applyLabels([insight({ formId: 'j_idt45', fieldId: 'txtX' }, 'j_idt45 › txtX')], index);
    expect(named!.targetLabel).toBe('전입신고 › txtX');
    expect(named!.labels).toEqual({ form: '전입신고' });
  });

  it('a step names its form in the title only (a bare form id may be a word of the advice) and its step label', () => {
    const steps = { steps: [{ step: 2, label: '이사 온 곳', reached: 3 }] };
    const form = buildLabelIndex([{ ...row('a', 'A'), form_id: 'apply' }]);
    const [named] = applyLabels([insight({ formId: 'apply', step: 2 }, 'apply 2단계', steps)], form);
    expect(named!.title.ko).toBe('전입신고 2단계');
    expect(named!.recommendation.en).toBe("apply 'apply 2단계'");
    expect(named!.targetLabel).toBe('전입신고 › 이사 온 곳');
  });

  it('leaves insights without chrome as they are', () => {
    const plain = insight({ formId: 'other', fieldId: 'f' }, 'other › f');
    expect(applyLabels([plain], index)[0]).toBe(plain);
  });
});
