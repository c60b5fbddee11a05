import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryFormErrors } from '../../../test/reference/form-errors.ts';
import { queryFormFields } from '../../../test/reference/form-fields.ts';
import { queryFormFunnel } from '../../../test/reference/form-funnel.ts';
import { SEEDED_WEEK, startDemoWeekCollector } from '../../insights/fixtures/seeded-collectors.ts';
import type { QueryFilters } from '../../insights/types.ts';
import type { TestCollector } from '../../testing.ts';
import { archivedForms } from './archived-forms.ts';

let collector: TestCollector;
const range = SEEDED_WEEK;

beforeAll(async () => {
  collector = await startDemoWeekCollector();
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
