import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCollector } from '../../testing.ts';
import { DETECTORS, detectInsights } from '../detect-insights.ts';
import { SEEDED_WEEK, startProblemAndHealthyCollector } from '../fixtures/seeded-collectors.ts';
import { INSIGHT_KINDS, type QueryFilters } from '../types.ts';

let collector: TestCollector;
const range = { ...SEEDED_WEEK, device: '' };
const problem: QueryFilters = { site: 'problem', ...range };
const healthy: QueryFilters = { site: 'healthy', ...range };

beforeAll(async () => {
  collector = await startProblemAndHealthyCollector();
});
afterAll(() => collector.close());

describe('insight detectors on the seeded complaint site', () => {
  it.each(INSIGHT_KINDS)(
    '%s fires on the dataset with the problem and stays silent on the healthy one',
    async (kind) => {
      const found = await DETECTORS[kind](collector.runtime.store, problem);
      const silent = await DETECTORS[kind](collector.runtime.store, healthy);
      expect(found.length).toBeGreaterThan(0);
      expect(silent).toEqual([]);
      for (const insight of found) {
        expect(insight.kind).toBe(kind);
        expect(insight.affectedSessions).toBeGreaterThan(0);
        expect(insight.share).toBeGreaterThan(0);
        expect(insight.share).toBeLessThanOrEqual(1);
        expect(insight.severity).toBeCloseTo(insight.affectedSessions * insight.impact, 0);
        expect(insight.recommendation.ko).toMatch(/KRDS|WCAG/);
        expect(insight.recommendation.en).toMatch(/KRDS|WCAG/);
        expect(insight.recommendation.basis.length).toBeGreaterThan(0);
      }
    },
  );

  it('finds the built-in problems at their exact targets', async () => {
    const insights = await detectInsights(collector.runtime.store, problem);
    const target = (kind: string) => insights.filter((i) => i.kind === kind).map((i) => i.target);
    expect(target('error_prone_field')).toContainEqual({ formId: 'apply', fieldId: 'phone' });
    expect(target('abandonment_field')).toContainEqual({ formId: 'apply', fieldId: 'birth_date' });
    expect(target('slow_field')).toContainEqual({ formId: 'apply', fieldId: 'birth_date' });
    expect(target('misleading_menu_item').map((t) => t.menuLabel)).toEqual(['증명서 발급']);
    expect(target('unused_menu_item').map((t) => t.menuLabel)).toEqual(['여권 재발급']);
    expect(target('click_hot_spot')).toContainEqual({ path: '/apply/step3', element: 'button#upload' });
    expect(target('long_dwell')).toContainEqual({ path: '/apply/step2' });
    expect(target('step_drop_off')).toContainEqual({ formId: 'apply', step: 2 });
    const severities = insights.map((i) => i.severity);
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
  });

  it('respects the device filter', async () => {
    const mobile = await detectInsights(collector.runtime.store, { ...problem, device: 'mobile' });
    const all = await detectInsights(collector.runtime.store, problem);
    const phone = (list: typeof all) => list.find((i) => i.kind === 'error_prone_field')!.affectedSessions;
    expect(phone(mobile)).toBeLessThan(phone(all));
  });
});
