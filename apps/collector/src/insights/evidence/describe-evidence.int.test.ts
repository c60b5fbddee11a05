import { BEHAVIOUR_INSIGHT_KINDS } from '@minwon-ux/api-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCollector } from '../../testing.ts';
import { archivedInsights } from '../archive/archived-insights.ts';
import { SEEDED_WEEK, startProblemAndHealthyCollector } from '../fixtures/seeded-collectors.ts';
import { makeInsight } from '../make-insight.ts';
import type { Insight } from '../types.ts';
import { DESCRIBERS, describeInsight } from './describe-evidence.ts';

let collector: TestCollector;
let insights: Insight[];
beforeAll(async () => {
  collector = await startProblemAndHealthyCollector();
  const found = await archivedInsights(collector.runtime.store, { site: 'problem', ...SEEDED_WEEK, device: '' });
  insights = found.insights.map(describeInsight);
});
afterAll(() => collector.close());

const RAW_KEY = /\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+_[a-z_]+\b/;

function expectReadable(insight: Insight): void {
  const { facts, comparison, severityFormula } = insight.evidence;
  expect(facts!.length).toBeGreaterThan(0);
  for (const f of facts!) {
    if (f.unit === 'text') expect(f.text, f.key).toBeDefined();
    for (const text of [f.label.ko, f.label.en, f.meaning?.ko ?? '', f.meaning?.en ?? '']) {
      expect(text, `${insight.kind} ${f.key}`).not.toMatch(RAW_KEY);
      expect(text).not.toMatch(/NaN|undefined|Infinity/);
    }
    expect(f.label.ko).not.toBe(f.label.en);
  }
  expect(comparison!.bars.length).toBeGreaterThanOrEqual(2);
  expect(comparison!.bars.some((b) => b.value > 0)).toBe(true);
  for (const b of comparison!.bars) expect(Number.isFinite(b.value)).toBe(true);
  expect(comparison!.bars.some((b) => b.highlight)).toBe(true);
  expect(severityFormula!.severity).toBeCloseTo(severityFormula!.affectedSessions * severityFormula!.impact, 0);
}

describe('readable evidence (describeInsight) on the seeded problem site', () => {
  it('covers every kind the detectors found, each with a comparison that is never empty', () => {
    const kinds = new Set(insights.map((i) => i.kind));
    for (const kind of BEHAVIOUR_INSIGHT_KINDS) {
      expect(kinds.has(kind), kind).toBe(true);
      expect(DESCRIBERS[kind], kind).toBeDefined();
    }
    for (const insight of insights) expectReadable(insight);
  });

  it('slow field: the form’s fields compared, this one highlighted, the threshold as reference', () => {
    const slow = insights.find((i) => i.kind === 'slow_field')!;
    const bars = slow.evidence.comparison!.bars;
    expect(bars.length).toBeGreaterThanOrEqual(3);
    // named by its label from the seeded page chrome (form-chrome-rows.ts)
    expect(bars[0]).toMatchObject({ label: { ko: '생년월일' }, highlight: true });
    expect(bars[0]!.value).toBeGreaterThan(slow.evidence.comparison!.reference!.value);
    expect(slow.evidence.facts![0]!.meaning!.ko).toMatch(/이 서식 항목들의 중앙값 \d+\.\d초의 \d+(\.\d)?배/);
  });

  it('a kind without a describer gets the generic evidence: affected against the rest', () => {
    const unknown = makeInsight('slow_field', ['x'], {
      title: { ko: '가', en: 'a' },
      target: {},
      affectedSessions: 3,
      population: 10,
      evidence: { chart: 'forms.errors', metrics: {} },
      recommendation: { ko: '가', en: 'a', basis: [] },
    });
    const generic = describeInsight({ ...unknown, kind: 'no_such_kind' as Insight['kind'] });
    expect(generic.evidence.comparison!.bars.map((b) => b.value)).toEqual([3, 7]);
    expectReadable(generic);
  });
});
