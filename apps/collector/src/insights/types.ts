/** The filters every dashboard query takes. Days are `YYYY-MM-DD` (UTC), inclusive; device '' = all. */
export interface QueryFilters {
  site: string;
  from: string;
  to: string;
  device: string;
}

export {
  type EvidenceChart,
  INSIGHT_KINDS,
  type Insight,
  type InsightKind,
  type InsightTarget,
  type Localized,
} from '@minwon-ux/api-contract';
