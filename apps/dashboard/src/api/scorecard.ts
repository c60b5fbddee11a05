import type {
  AgencyScorecardResponse,
  DigestLang,
  DigestSendResponse,
  DigestStateResponse,
  DigestSubscriptionRequest,
  ScorecardInterval,
  ScorecardResponse,
} from '@minwon-ux/api-contract';
import { apiFetch, query } from './client.ts';
import type { Filters } from './sites.ts';

/**
 * The site's scorecard for the filters' range, per week or month.
 *
 * @example
 * const card = await fetchScorecard(filters, 'month');
 */
export function fetchScorecard(f: Filters, interval: ScorecardInterval): Promise<ScorecardResponse> {
  return apiFetch<ScorecardResponse>(scorecardPath(f, interval));
}

/** The scorecard's URL (JSON, or CSV with `format: 'csv'`). */
export function scorecardPath(f: Filters, interval: ScorecardInterval, format?: 'csv'): string {
  return `/api/sites/${encodeURIComponent(f.site)}/scorecard${query({ from: f.from, to: f.to, interval, format })}`;
}

/** The agency's sites ranked by score over the filters' range. */
export function fetchAgencyScorecard(agency: string, f: Filters): Promise<AgencyScorecardResponse> {
  return apiFetch<AgencyScorecardResponse>(
    `/api/agencies/${encodeURIComponent(agency)}/scorecard${query({ from: f.from, to: f.to })}`,
  );
}

/** The logged-in user's digest subscription and whether mail is configured. */
export function fetchDigest(): Promise<DigestStateResponse> {
  return apiFetch<DigestStateResponse>('/api/scorecard/digest');
}

/** Subscribes or unsubscribes the logged-in user. */
export function saveDigest(subscribed: boolean, lang: DigestLang): Promise<DigestStateResponse> {
  const body: DigestSubscriptionRequest = { subscribed, lang };
  return apiFetch<DigestStateResponse>('/api/scorecard/digest', { method: 'PUT', body });
}

/** Sends the digest to every subscriber now (admins). */
export function sendDigestNow(): Promise<DigestSendResponse> {
  return apiFetch<DigestSendResponse>('/api/scorecard/digest/send', { method: 'POST', body: {} });
}
