import type { ScorecardTargets } from '@minwon-ux/api-contract';
import { z } from 'zod';
import { nextVersion } from '../auth/version-clock.ts';
import type { Store } from '../store/create-store.ts';
import { runQuery } from '../store/query.ts';
import { DEFAULT_SCORECARD_TARGETS } from './formula.ts';

const target = z.strictObject({
  best: z.number().finite(),
  worst: z.number().finite(),
  minSamples: z.number().int().min(0).max(1_000_000),
});
const criteria = {
  efficiency: target,
  errorPrevention: target,
  learnability: target,
  memorability: target,
  satisfaction: target,
};
const weight = z.number().min(0).max(100);

/** An agency's overrides: any subset of the targets; each criterion's target is given whole. */
export const targetsOverrideSchema = z.strictObject({
  minSessions: z.number().int().min(1).max(1_000_000).optional(),
  weights: z
    .strictObject({
      efficiency: weight,
      errorPrevention: weight,
      learnability: weight,
      memorability: weight,
      satisfaction: weight,
    })
    .partial()
    .optional(),
  criteria: z.strictObject(criteria).partial().optional(),
  repeatErrorWeight: z.number().min(0).max(1).optional(),
});
export type TargetsOverride = z.infer<typeof targetsOverrideSchema>;

/**
 * The defaults with an agency's overrides applied.
 *
 * @example
 * mergeTargets({ minSessions: 50 }).minSessions; // 50
 */
export function mergeTargets(o: TargetsOverride): ScorecardTargets {
  const d = DEFAULT_SCORECARD_TARGETS;
  return {
    minSessions: o.minSessions ?? d.minSessions,
    weights: { ...d.weights, ...o.weights },
    criteria: { ...d.criteria, ...o.criteria },
    repeatErrorWeight: o.repeatErrorWeight ?? d.repeatErrorWeight,
  };
}

/**
 * An agency's targets (the defaults where it set none; a stored row that no longer parses counts as none).
 *
 * @example
 * const targets = await readTargets(store, 'mois');
 */
export async function readTargets(store: Store, agencyId: string): Promise<ScorecardTargets> {
  const [row] = await runQuery<{ targets: string }>(
    store,
    'SELECT targets FROM minwon_ux.scorecard_targets FINAL WHERE agency_id = {agency:String}',
    { agency: agencyId },
  );
  if (!row) return DEFAULT_SCORECARD_TARGETS;
  const parsed = targetsOverrideSchema.safeParse(safeJson(row.targets));
  return parsed.success ? mergeTargets(parsed.data) : DEFAULT_SCORECARD_TARGETS;
}

/** Stores an agency's overrides (replacing earlier ones). */
export async function writeTargets(store: Store, agencyId: string, override: TargetsOverride): Promise<void> {
  await store.client.insert({
    table: `${store.database}.scorecard_targets`,
    format: 'JSONEachRow',
    values: [{ agency_id: agencyId, targets: JSON.stringify(override), version: nextVersion() }],
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // a corrupt row reads as no override
  }
}
