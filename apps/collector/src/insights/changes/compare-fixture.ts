import { startTestCollector, type TestCollector } from '../../testing.ts';
import { seedProblemThenFixedWeeks } from '../fixtures/complaint-sessions.ts';
import type { CompareParams } from './compare-rates.ts';

/** A comparison of the seeded weeks around the phone-field fix (`seedProblemThenFixedWeeks`). */
export function phoneFixComparison(overrides: Partial<CompareParams> = {}): CompareParams {
  return {
    site: 'demo',
    device: '',
    scope: 'field',
    changed: '2026-11-09',
    from: '2026-11-02',
    to: '2026-11-15',
    form: 'apply',
    field: 'phone',
    path: '/',
    menu: '',
    ...overrides,
  };
}

/** A test collector with site `demo` holding a week with the phone problem and a week after its fix. */
export async function startPhoneFixCollector(seed: number): Promise<TestCollector> {
  const collector = await startTestCollector({
    sites: [{ key: 'demo', name: 'Demo', origins: ['https://a.example.go.kr'] }],
  });
  await seedProblemThenFixedWeeks(collector.runtime.store, { site: 'demo', sessions: 100, seed });
  return collector;
}
