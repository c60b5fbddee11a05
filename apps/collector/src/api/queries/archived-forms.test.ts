import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvents } from '../../ingest/insert-events.ts';
import { buildComplaintSessions } from '../../insights/fixtures/complaint-sessions.ts';
import type { QueryFilters } from '../../insights/types.ts';
import { startTestCollector, type TestCollector } from '../../testing.ts';
import { archivedForms } from './archived-forms.ts';
import { queryFormErrors } from './form-errors.ts';
import { queryFormFields } from './form-fields.ts';
import { queryFormFunnel } from './form-funnel.ts';

let collector: TestCollector;
const range = { from: '2026-11-02', to: '2026-11-08' };

beforeAll(async () => {
  collector = await startTestCollector({
    sites: [{ key: 'demo', name: 'Demo', origins: ['https://a.example.go.kr'] }],
  });
  const base = { site: 'demo', sessions: 150, startDay: range.from, days: 7 };
  await insertEvents(collector.runtime.store, buildComplaintSessions({ ...base, seed: 3, problems: true }));
});
afterAll(() => collector.close());

describe('archivedForms', () => {
  it.each<[string, QueryFilters]>([
    ['all devices', { site: 'demo', ...range, device: '' }],
    ['mobile', { site: 'demo', ...range, device: 'mobile' }],
    ['one day', { site: 'demo', from: '2026-11-05', to: '2026-11-05', device: '' }],
    ['an empty range', { site: 'demo', from: '2026-12-01', to: '2026-12-02', device: '' }],
  ])('gives the forms page’s rollup queries’ figures (%s)', async (_, f) => {
    const { store } = collector.runtime;
    const page = await archivedForms(store, f);
    const { forms, steps } = await queryFormFunnel(store, f);
    expect(page.forms).toEqual(forms);
    expect(page.steps).toEqual(steps);
    expect(page.fields).toEqual(await queryFormFields(store, f));
    expect(page.errors).toEqual(await queryFormErrors(store, f));
    if (f.from === range.from) {
      expect(page.fields.length).toBeGreaterThan(3);
      expect(page.errors.length).toBeGreaterThan(0);
      expect(page.archivedAt).not.toBeNull();
    }
  });
});
