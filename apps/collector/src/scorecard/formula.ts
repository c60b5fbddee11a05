import {
  type CriterionScore,
  type CriterionTarget,
  SCORECARD_BAND_THRESHOLDS,
  SCORECARD_CRITERIA,
  type ScorecardBand,
  type ScorecardCriteria,
  type ScorecardCriterion,
  type ScorecardFormula,
  type ScorecardIndicators,
  type ScorecardTargets,
  type ScoredIndicators,
} from '@minwon-ux/api-contract';

/**
 * The scorecard formula's version. Bump it whenever a mapping below changes meaning, so a stored or
 * printed score always names the formula it came from (docs/SCORECARD.md keeps each version).
 */
export const SCORECARD_FORMULA_VERSION = 'ux-scorecard/1';

/**
 * Default targets (an agency may override any of them). Indicator units:
 * - efficiency: median seconds from form start to success (100 at ≤ 90 s, 0 at ≥ 600 s);
 * - errorPrevention: share of form starts with an input error (100 at ≤ 10 %, 0 when every start errs),
 *   with the share of starts with a repeated error (the same field again) weighing 30 %;
 * - learnability: completion rate of first-time visitors' form starts (100 at ≥ 90 %, 0 at ≤ 30 %);
 * - memorability: returning visitors' performance relative to first-timers' (completion-rate ratio,
 *   times the speed ratio when both medians exist, geometric mean): 100 at ≥ 1 (people who come back
 *   do at least as well as newcomers), 0 at ≤ 0.6 (they do much worse: what they learnt did not stick);
 * - satisfaction: mean survey answer 1–5 (100 at ≥ 4.5, 0 at ≤ 2.5).
 */
export const DEFAULT_SCORECARD_TARGETS: ScorecardTargets = {
  minSessions: 30,
  weights: { efficiency: 1, errorPrevention: 1, learnability: 1, memorability: 1, satisfaction: 1 },
  criteria: {
    efficiency: { best: 90, worst: 600, minSamples: 5 },
    errorPrevention: { best: 0.1, worst: 1, minSamples: 10 },
    learnability: { best: 0.9, worst: 0.3, minSamples: 10 },
    memorability: { best: 1, worst: 0.6, minSamples: 30 },
    satisfaction: { best: 4.5, worst: 2.5, minSamples: 5 },
  },
  repeatErrorWeight: 0.3,
};

/** The formula block of a response: version, targets applied, band thresholds. */
export function formulaOf(targets: ScorecardTargets = DEFAULT_SCORECARD_TARGETS): ScorecardFormula {
  return { version: SCORECARD_FORMULA_VERSION, targets, bands: SCORECARD_BAND_THRESHOLDS };
}

/**
 * Maps an indicator value to 0–100: `best` scores 100, `worst` 0, linear between, clamped outside.
 * Works both ways (lower-is-better when best < worst). Rounded to one decimal.
 *
 * @example
 * scoreValue(0.05, { best: 0.05, worst: 0.5, minSamples: 0 }); // 100
 * scoreValue(0.275, { best: 0.05, worst: 0.5, minSamples: 0 }); // 50
 */
export function scoreValue(value: number, target: Pick<CriterionTarget, 'best' | 'worst'>): number {
  const span = target.best - target.worst;
  if (span === 0) return value === target.best ? 100 : 0;
  const linear = ((value - target.worst) / span) * 100;
  return round1(Math.min(100, Math.max(0, linear)));
}

/**
 * The band of a composite score: 우수 ≥ 80, 미흡 < 60, 보통 between.
 *
 * @example
 * bandOf(80); // 'excellent'
 * bandOf(59.9); // 'poor'
 */
export function bandOf(score: number): ScorecardBand {
  if (score >= SCORECARD_BAND_THRESHOLDS.excellent) return 'excellent';
  if (score < SCORECARD_BAND_THRESHOLDS.poor) return 'poor';
  return 'fair';
}

/**
 * Each criterion's value and score from raw indicators; a criterion with fewer samples than its
 * `minSamples` (or no input at all) is `{ value: null, score: null }`.
 *
 * @example
 * scoreCriteria(indicators).errorPrevention; // { value: 0.12, score: 84.4, samples: 200 }
 */
export function scoreCriteria(
  ind: ScorecardIndicators,
  targets: ScorecardTargets = DEFAULT_SCORECARD_TARGETS,
): ScorecardCriteria {
  const t = targets.criteria;
  const errorShare = ratio(ind.errorStarts, ind.starts);
  const repeatShare = ratio(ind.repeatErrorStarts, ind.starts);
  const firstRate = ratio(ind.firstCompletions, ind.firstStarts);
  const returningRate = ratio(ind.returningCompletions, ind.returningStarts);
  const efficiency = measured(ind.medianCompletionSeconds, ind.completions, t.efficiency);
  const errorPrevention = measured(errorShare, ind.starts, t.errorPrevention);
  if (errorPrevention.score !== null && repeatShare !== null) {
    // repeated errors (the same field in error again) weigh in; a share of 0 scores 100
    const repeatScore = scoreValue(repeatShare, { best: 0, worst: t.errorPrevention.worst });
    const w = targets.repeatErrorWeight;
    errorPrevention.score = round1(errorPrevention.score * (1 - w) + repeatScore * w);
  }
  return {
    efficiency,
    errorPrevention,
    learnability: measured(firstRate, ind.firstStarts, t.learnability),
    memorability: measured(
      memorabilityIndex(firstRate, returningRate, ind.firstMedianSeconds, ind.returningMedianSeconds),
      Math.min(ind.firstStarts, ind.returningStarts),
      t.memorability,
    ),
    satisfaction: measured(ratio(ind.answerSum, ind.answers), ind.answers, t.satisfaction),
  };
}

/**
 * Scores indicators: the criteria, the composite (weighted mean of the measured criteria, weights
 * renormalised) and its band. Fewer sessions than `minSessions` → not scored (`too_few_sessions`);
 * no measurable criterion → `too_few_samples`.
 *
 * @example
 * const { score, band, unscored } = scoreIndicators(indicators);
 */
export function scoreIndicators(
  ind: ScorecardIndicators,
  targets: ScorecardTargets = DEFAULT_SCORECARD_TARGETS,
): ScoredIndicators {
  const criteria = scoreCriteria(ind, targets);
  if (ind.sessions < targets.minSessions) {
    return { score: null, band: null, unscored: 'too_few_sessions', criteria };
  }
  const score = compositeOf(criteria, targets.weights);
  if (score === null) return { score: null, band: null, unscored: 'too_few_samples', criteria };
  return { score, band: bandOf(score), unscored: null, criteria };
}

/**
 * The weighted mean of the measured criteria's scores (null when none is measured).
 *
 * @example
 * compositeOf(criteria, DEFAULT_SCORECARD_TARGETS.weights); // 72.5
 */
export function compositeOf(criteria: ScorecardCriteria, weights: Record<ScorecardCriterion, number>): number | null {
  let sum = 0;
  let weight = 0;
  for (const name of SCORECARD_CRITERIA) {
    const s = criteria[name].score;
    if (s === null || weights[name] <= 0) continue;
    sum += s * weights[name];
    weight += weights[name];
  }
  return weight > 0 ? round1(sum / weight) : null;
}

/**
 * Returning visitors' performance relative to first-timers': the completion-rate ratio, combined
 * (geometric mean) with the speed ratio first/returning median seconds when both exist. 1 = the same;
 * above 1 = people who came back do better, which is what a memorable service shows.
 */
export function memorabilityIndex(
  firstRate: number | null,
  returningRate: number | null,
  firstSeconds: number | null,
  returningSeconds: number | null,
): number | null {
  if (firstRate === null || returningRate === null || firstRate === 0) return null;
  const completion = returningRate / firstRate;
  if (firstSeconds === null || returningSeconds === null || returningSeconds <= 0) return round4(completion);
  return round4(Math.sqrt(completion * (firstSeconds / returningSeconds)));
}

/** Indicators of nothing: a starting point for sums. */
export function emptyIndicators(): ScorecardIndicators {
  return {
    sessions: 0,
    starts: 0,
    completions: 0,
    medianCompletionSeconds: null,
    errorStarts: 0,
    repeatErrorStarts: 0,
    firstStarts: 0,
    firstCompletions: 0,
    firstMedianSeconds: null,
    returningStarts: 0,
    returningCompletions: 0,
    returningMedianSeconds: null,
    answers: 0,
    answerSum: 0,
  };
}

function measured(value: number | null, samples: number, target: CriterionTarget): CriterionScore {
  if (value === null || samples < target.minSamples) return { value: null, score: null, samples };
  return { value: round4(value), score: scoreValue(value, target), samples };
}

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
