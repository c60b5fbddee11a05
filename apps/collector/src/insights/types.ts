export {
  type EvidenceChart,
  INSIGHT_KINDS,
  type Insight,
  type InsightKind,
  type InsightTarget,
  type Localized,
} from '@minwon-ux/api-contract';
export type { QueryFilters } from '../store/query.ts';
