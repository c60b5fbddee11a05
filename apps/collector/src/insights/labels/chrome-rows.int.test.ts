import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvents } from '../../ingest/insert-events.ts';
import { startTestCollector, type TestCollector } from '../../testing.ts';
import { formChromeRows } from '../fixtures/form-chrome-rows.ts';
import { readChromeRows } from './chrome-rows.ts';

let collector: TestCollector;
beforeAll(async () => {
  collector = await startTestCollector({
    sites: [{ key: 'demo', name: '데모', origins: ['https://demo.example.go.kr'] }],
  });
});
afterAll(() => collector.close());

describe('readChromeRows', () => {
  it('reuses a read for maxAgeMs per site and range end, and reads every time with 0', async () => {
    const { store } = collector.runtime;
    const range = { site: 'demo', to: '2026-11-30' };
    expect(await readChromeRows(store, range, 60_000)).toEqual([]);
    await insertEvents(store, formChromeRows('demo', '2026-11-02', false));
    expect(await readChromeRows(store, range, 60_000)).toEqual([]); // within maxAgeMs: the earlier read
    const fresh = await readChromeRows(store, range, 0);
    expect(fresh.find((r) => r.field_id === 'phone')).toMatchObject({ form_title: '전입신고', label: '휴대전화번호' });
    // another range end is another read
    expect((await readChromeRows(store, { site: 'demo', to: '2026-11-29' }, 60_000)).length).toBe(fresh.length);
    // past maxAgeMs it reads again
    await new Promise((r) => setTimeout(r, 30));
    expect((await readChromeRows(store, range, 20)).length).toBe(fresh.length);
  });
});
