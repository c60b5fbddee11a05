import { IMPACT, insightId, severityOf, shareOf } from './severity.ts';
import type { Insight, InsightKind } from './types.ts';

export type InsightBody = Omit<Insight, 'id' | 'kind' | 'impact' | 'severity' | 'share' | 'exampleSessions'>;

/**
 * Completes an insight from what a detector found: id from kind and target parts, share, impact,
 * severity (affected sessions × impact).
 *
 * @example
 * makeInsight('slow_field', ['apply', 'birth'], { title, target, affectedSessions: 30, population: 100, evidence, recommendation });
 */
export function makeInsight(kind: InsightKind, idParts: (string | number)[], body: InsightBody): Insight {
  return {
    id: insightId(kind, ...idParts),
    kind,
    ...body,
    share: shareOf(body.affectedSessions, body.population),
    impact: IMPACT[kind],
    severity: severityOf(kind, body.affectedSessions),
    exampleSessions: [],
  };
}
