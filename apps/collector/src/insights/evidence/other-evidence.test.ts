import { describe, expect, it } from 'vitest';
import type { Insight } from '../types.ts';
import { describeInsight } from './describe-evidence.ts';

/** An insight as a detector serves it, with the given kind and raw evidence. */
function insight(kind: string, metrics: Insight['evidence']['metrics'], details?: unknown): Insight {
  return {
    id: `${kind}~x`,
    kind: kind as Insight['kind'],
    title: { ko: '가', en: 'a' },
    target: { formId: 'apply', fieldId: 'phone', path: '/apply' },
    affectedSessions: 30,
    population: 120,
    share: 0.25,
    impact: 0.6,
    severity: 18,
    evidence: { chart: 'forms.errors', metrics, ...(details ? { details } : {}) },
    recommendation: { ko: '가', en: 'a', basis: [] },
    exampleSessions: [],
  };
}

const RAW = /\b[a-z]+[A-Z]\w*\b|\b[a-z]+_[a-z_]+\b|NaN|undefined/;

function readable(i: Insight) {
  const { facts = [], comparison } = describeInsight(i).evidence;
  const texts = facts.flatMap((f) => [f.label.ko, f.label.en, f.meaning?.ko, f.meaning?.en, f.text?.ko, f.text?.en]);
  for (const text of texts.filter((t): t is string => !!t)) expect(text).not.toMatch(RAW);
  expect(comparison!.bars.length).toBeGreaterThanOrEqual(2);
  expect(comparison!.bars.some((b) => b.highlight && b.value > 0)).toBe(true);
  return { facts, comparison: comparison! };
}

describe('evidence of the markup and heatmap kinds', () => {
  it('a number field without a numeric keypad: mobile against desktop error rates', () => {
    const { facts, comparison } = readable(
      insight('numeric_keyboard_missing', {
        measuredHarm: 1,
        harmedSessions: 30,
        fieldSessions: 120,
        labelSource: 'placeholder',
        fieldType: 'text',
        mobileErrorRate: 0.4,
        desktopErrorRate: 0.1,
      }),
    );
    expect(comparison.bars.map((b) => [b.label.en, b.value])).toEqual([
      ['Mobile', 0.4],
      ['Desktop', 0.1],
    ]);
    expect(facts.find((f) => f.key === 'labelSource')!.text!.ko).toBe('안내 문구(placeholder)뿐');
  });

  it('a markup defect without measured harm says so', () => {
    const { facts } = readable(
      insight('unlabelled_field', { measuredHarm: 0, harmedSessions: 0, fieldSessions: 120, labelSource: 'none' }),
    );
    expect(facts[0]!.text!.ko).toBe('아직 없음');
  });

  it('looks clickable: all clicks against those that did nothing', () => {
    const { comparison } = readable(
      insight('looks_clickable', { deadSessions: 30, deadClicks: 45, clicks: 60, deadSharePct: 75 }),
    );
    expect(comparison.bars.map((b) => b.value)).toEqual([60, 45]);
  });

  it('unseen content: page, reach and use', () => {
    const { comparison } = readable(
      insight('unseen_content', { depthPct: 85, reachPct: 20, useRatePct: 60, clickSessions: 24, pageSessions: 200 }),
    );
    expect(comparison.bars.map((b) => b.value)).toEqual([200, 40, 24]);
  });
});
