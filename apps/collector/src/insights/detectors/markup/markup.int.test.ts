import { randomUUID } from 'node:crypto';
import { MARKUP_INSIGHT_KINDS } from '@minwon-ux/api-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCollector, type TestCollector } from '../../../testing.ts';
import { archivedInsights } from '../../archive/archived-insights.ts';
import { detectInsights } from '../../detect-insights.ts';
import { queryChromeRows } from '../../labels/chrome-rows.ts';

// Chrome and behaviour through the real ingest path (desktop and phone user agents), then the
// markup-aware findings from the insight archive must be the reference detectors' over the rollups.

const ORIGIN = 'https://minwon.example.go.kr';
const SITE = { key: 'markup', name: '마크업', origins: [ORIGIN] };
const UA = {
  desktop:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0 Safari/537.36',
  mobile:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
};
const DAY = new Date().toISOString().slice(0, 10);
const base = (kind: string, t: number) => ({ id: randomUUID(), seq: 0, t, kind, path: '/apply' });

const chromeField = (fieldId: string, order: number, overrides: Record<string, unknown>) => ({
  fieldId,
  labelSource: 'for',
  required: false,
  requiredMark: false,
  fieldType: 'text',
  hint: false,
  errorLinked: true,
  order,
  ...overrides,
});

const chrome = {
  formId: 'j_idt45',
  hash: 'abcd0001',
  formTitle: '전입신고',
  fields: [
    chromeField('txtMbtlnum', 0, { label: '휴대전화번호', autocomplete: 'tel' }),
    chromeField('j_idt52', 1, { label: '전입 예정일', labelSource: 'visual', errorLinked: false }),
    chromeField('txtRsn', 2, { label: '전입 사유', fieldType: 'select-one' }),
  ],
};

/** Session i: phone users often fail the phone field, everyone often fails the date's format. */
function session(i: number, device: 'desktop' | 'mobile') {
  const t = Date.now() - 60_000 + i;
  const events: Record<string, unknown>[] = [{ ...base('form_start', t), formId: 'j_idt45', fieldId: 'txtMbtlnum' }];
  if (i === 0) events.push({ ...base('form_chrome', t), ...chrome });
  const dwell = (fieldId: string, hesitationMs: number) => ({
    ...base('field_dwell', t + 1),
    formId: 'j_idt45',
    fieldId,
    fieldType: 'text',
    focusMs: hesitationMs + 2000,
    hesitationMs,
    edits: 5,
    corrections: 0,
    returns: 0,
  });
  const error = (fieldId: string, errorKind: string, message: string) => ({
    ...base('input_error', t + 2),
    formId: 'j_idt45',
    fieldId,
    errorKind,
    errorSource: 'class',
    message,
    attempt: 1,
  });
  events.push(dwell('txtMbtlnum', device === 'mobile' ? 2400 : 800), dwell('j_idt52', 1500), dwell('txtRsn', 500));
  if (device === 'mobile' ? i % 3 !== 0 : i % 5 === 0)
    events.push(error('txtMbtlnum', 'pattern_mismatch', '휴대전화번호를 확인해 주세요.'));
  if (i % 2 === 0) events.push(error('j_idt52', 'pattern_mismatch', '전입 예정일 형식이 올바르지 않습니다.'));
  return events.map((e, seq) => ({ ...e, seq }));
}

let collector: TestCollector;

beforeAll(async () => {
  collector = await startTestCollector({ sites: [SITE] });
  for (let i = 0; i < 30; i++) {
    const device = i % 2 === 0 ? 'desktop' : 'mobile';
    const body = { v: 1, site: SITE.key, sid: `markup-session-${i}`, sentAt: Date.now(), events: session(i, device) };
    const res = await collector.app.request('/v1/events', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'text/plain', origin: ORIGIN, 'user-agent': UA[device] },
    });
    expect(res.status).toBe(202);
  }
  await collector.runtime.ingest.writer.settle();
});
afterAll(() => collector.close());

describe('markup-aware findings through the store', () => {
  const filters = { site: SITE.key, from: DAY, to: DAY, device: '' };

  it('the archive gives the reference detectors’ markup findings, named by their labels', async () => {
    const { insights } = await archivedInsights(collector.runtime.store, filters, MARKUP_INSIGHT_KINDS);
    const reference = await detectInsights(collector.runtime.store, filters, MARKUP_INSIGHT_KINDS);
    expect(insights).toEqual(reference);
    expect(insights.map((i) => [i.kind, i.targetLabel, i.affectedSessions])).toEqual([
      ['free_text_date', '전입신고 › 전입 예정일', 15],
      ['unlinked_error_message', '전입신고 › 전입 예정일', 15],
      ['unlabelled_field', '전입신고 › 전입 예정일', 15],
      ['numeric_keyboard_missing', '전입신고 › 휴대전화번호', 7], // 10 phone sessions failed − 20 % desktop rate × 15
    ]);
    const phone = insights.find((i) => i.kind === 'numeric_keyboard_missing')!;
    expect(phone.evidence.metrics).toMatchObject({ measuredHarm: 1, mobileSessions: 15, desktopSessions: 15 });
    expect(phone.recommendation.ko).toContain('"휴대전화번호를 확인해 주세요."');
  });

  it('the other insights of the page name the same field by its label too', async () => {
    const { insights } = await archivedInsights(collector.runtime.store, filters, ['error_prone_field']);
    expect(insights.map((i) => i.targetLabel)).toEqual(['전입신고 › 전입 예정일', '전입신고 › 휴대전화번호']);
    expect(insights[0]!.title.ko).toBe('입력 오류가 잦은 항목: 전입신고 › 전입 예정일');
  });

  it('a range before the chrome was first reported still gets the names', async () => {
    const before = { ...filters, from: '2026-01-01', to: '2026-01-31' };
    const rows = await queryChromeRows(collector.runtime.store, before);
    expect(rows.map((r) => r.label)).toEqual(['휴대전화번호', '전입 예정일', '전입 사유']);
  });
});
