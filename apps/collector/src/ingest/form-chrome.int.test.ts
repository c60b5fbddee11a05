import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCollector, type TestCollector } from '../testing.ts';
import { batch, inputError, postInit, TEST_SITE } from './test-batches.ts';

let collector: TestCollector;

beforeAll(async () => {
  collector = await startTestCollector({ sites: [TEST_SITE] });
});
afterAll(() => collector.close());

const field = (fieldId: string, order: number, overrides: Record<string, unknown> = {}) => ({
  fieldId,
  label: `항목 ${order}`,
  labelSource: 'for',
  required: false,
  requiredMark: false,
  fieldType: 'text',
  hint: false,
  errorLinked: false,
  order,
  ...overrides,
});

const chrome = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  seq: 3,
  t: Date.now() - 500,
  kind: 'form_chrome',
  path: '/apply/step1',
  formId: 'j_idt45',
  hash: 'c0ffee01',
  formTitle: '전입신고 (문의 010-1234-5678)',
  fields: [
    field('txtAplcntNm', 0, { label: '신청인 성명', required: true, requiredMark: true, autocomplete: 'name' }),
    field('txtTelno', 1, {
      label: '연락처 (예: 010-1234-5678)',
      labelSource: 'visual',
      fieldType: 'text',
      inputMode: 'numeric',
      hint: true,
    }),
  ],
  ...overrides,
});

async function post(events: unknown[]) {
  const res = await collector.app.request('/v1/events', postInit(JSON.stringify(batch(events))));
  await collector.runtime.ingest.writer.settle();
  return res;
}

describe('form_chrome', () => {
  it('stores one scrubbed row per field in form_chrome, and the event in events', async () => {
    const event = chrome();
    const res = await post([event]);
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ accepted: 1, rejected: [] });
    const rows = await collector.rows<Record<string, unknown>>(
      `SELECT form_id, version, field_id, field_order, form_title, label, label_source, programmatic_label, required,
              required_mark, field_type, input_mode, autocomplete, has_hint, error_linked, path
       FROM minwon_ux.form_chrome FINAL WHERE site_id = {site:String} AND version = 'c0ffee01' ORDER BY field_order`,
      { site: TEST_SITE.key },
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      form_id: 'j_idt45',
      field_id: 'txtAplcntNm',
      field_order: 0,
      label: '신청인 성명',
      label_source: 'for',
      programmatic_label: 1,
      required: 1,
      required_mark: 1,
      autocomplete: 'name',
      path: '/apply/step1',
    });
    expect(rows[1]).toMatchObject({
      field_id: 'txtTelno',
      label_source: 'visual',
      programmatic_label: 0,
      input_mode: 'numeric',
      has_hint: 1,
    });
    for (const row of rows) expect(String(row.form_title)).not.toContain('1234-5678');
    expect(String(rows[1]!.label)).not.toContain('1234-5678');
    const [stored] = await collector.rows<{ kind: string; count: number }>(
      'SELECT kind, count FROM minwon_ux.events WHERE event_id = {id:UUID}',
      { id: event.id },
    );
    expect(stored).toEqual({ kind: 'form_chrome', count: 2 });
  });

  it('refuses oversized or malformed chrome with a reason and keeps the rest of the batch', async () => {
    const tooMany = chrome({ fields: Array.from({ length: 101 }, (_, i) => field(`f${i}`, i % 100)) });
    const longLabel = chrome({ fields: [field('a', 0, { label: '가'.repeat(201) })] });
    const valueSmuggled = chrome({ fields: [field('a', 0, { value: '홍길동' })] });
    const good = inputError();
    const res = await post([tooMany, longLabel, valueSmuggled, good]);
    expect(res.status).toBe(202);
    const body = (await res.json()) as { accepted: number; rejected: { index: number; reason: string }[] };
    expect(body.accepted).toBe(1);
    expect(body.rejected.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(body.rejected[0]!.reason).toBe('fields: too big (at most 100)');
    expect(body.rejected[1]!.reason).toMatch(/^fields\.0\.label/);
    expect(body.rejected[2]!.reason).toBe('fields.0: 1 unknown field(s)');
    const kept = await collector.rows<{ n: string }>(
      'SELECT count() AS n FROM minwon_ux.events WHERE event_id IN {ids:Array(UUID)}',
      { ids: [good.id, tooMany.id, longLabel.id, valueSmuggled.id] },
    );
    expect(Number(kept[0]!.n)).toBe(1);
  });

  it('a batch of nothing but bad chrome is a 400 with the reason per event', async () => {
    const tooMany = chrome({ fields: Array.from({ length: 101 }, (_, i) => field(`f${i}`, i % 100)) });
    const res = await post([tooMany]);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { code: 'no_valid_events' },
      rejected: [{ index: 0, code: 'invalid_event', reason: 'fields: too big (at most 100)' }],
    });
  });

  it("runs the analyst example of clickhouse/README.md's form_chrome section", async () => {
    const readme = readFileSync(new URL('../../../../clickhouse/README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## `minwon_ux.form_chrome`'));
    const sql = /```sql\n([\s\S]*?)```/.exec(section)![1]!.replaceAll("'demo'", `'${TEST_SITE.key}'`);
    const rows = await collector.rows<{ label: string; label_source: string }>(sql.replace(/;\s*$/, ''));
    expect(rows).toContainEqual(expect.objectContaining({ label_source: 'visual' }));
  });
});
