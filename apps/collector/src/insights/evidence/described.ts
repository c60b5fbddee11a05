import type { EvidenceComparison, EvidenceMetric, Insight } from '@minwon-ux/api-contract';

/** What a describer makes of one insight's raw evidence. */
export interface Described {
  facts: EvidenceMetric[];
  comparison: EvidenceComparison;
}

/** Turns one kind's raw `evidence.metrics`/`details` into readable facts and a comparison. */
export type Describer = (insight: Insight) => Described;
