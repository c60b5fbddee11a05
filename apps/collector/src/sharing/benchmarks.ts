import type {
  BenchmarkFieldsResponse,
  BenchmarkServicesResponse,
  BenchmarksResponse,
  FieldErrorRate,
  SharingSettings,
} from '@minwon-ux/api-contract';
import { BENCHMARK_CSV_COLUMNS } from '@minwon-ux/api-contract';
import { listAgencies } from '../auth/agency-store.ts';
import { emptyIndicators, scoreIndicators } from '../scorecard/formula.ts';
import type { SiteRegistry } from '../sites/site-registry.ts';
import type { Store } from '../store/create-store.ts';
import { queryServiceCounts, type ServiceCounts } from './benchmark-query.ts';
import { toCsv } from './csv.ts';
import { queryFieldErrors } from './field-error-query.ts';
import { queryOwnServiceLabels } from './own-labels-query.ts';
import { pseudonymLabel } from './pseudonym.ts';
import { type AgencyCounts, type AgencyLabel, publishBenchmark, roundRate } from './publish.ts';
import { siteAgencies } from './service-forms.ts';
import { queryServices } from './services-query.ts';
import { listSharing } from './sharing-store.ts';

export interface BenchmarkDeps {
  store: Store;
  sites: SiteRegistry;
  /** `MINWON_SHARE_MIN_SESSIONS`. */
  minSessions: number;
}

export interface Period {
  from: string;
  to: string;
}

/**
 * The scorecard's score of a service's counts: efficiency, error prevention, learnability and
 * memorability (first-time against returning visitors); satisfaction is not shared between agencies.
 */
export function scoreOf(c: ServiceCounts): number | null {
  return scoreIndicators({
    ...emptyIndicators(),
    sessions: c.sessions,
    starts: c.sessions,
    completions: c.completions,
    medianCompletionSeconds: c.medianCompletionSeconds,
    errorStarts: c.errorSessions,
    repeatErrorStarts: c.repeatErrorSessions,
    firstStarts: c.firstSessions,
    firstCompletions: c.firstCompletions,
    firstMedianSeconds: c.firstMedianSeconds,
    returningStarts: c.returningSessions,
    returningCompletions: c.returningCompletions,
    returningMedianSeconds: c.returningMedianSeconds,
  }).score;
}

const toAgencyCounts = (c: ServiceCounts): AgencyCounts => ({ ...c, score: scoreOf(c) });

/** Who shares, and how every agency is labelled for a caller (own agency by name). */
async function sharingContext(store: Store, ownAgencyId: string | undefined) {
  const [sharing, agencies] = await Promise.all([listSharing(store), listAgencies(store)]);
  const names = new Map(agencies.map((a) => [a.id, a.name]));
  const shared = new Set(
    [...sharing.values()].filter((s) => s.enabled && names.has(s.agencyId)).map((s) => s.agencyId),
  );
  const label = (agencyId: string): AgencyLabel => {
    const s: SharingSettings | undefined = sharing.get(agencyId);
    if (agencyId === ownAgencyId || s?.showName) return { agency: names.get(agencyId) ?? agencyId, pseudonym: null };
    return { agency: pseudonymLabel(s?.pseudonym ?? '?'), pseudonym: s?.pseudonym ?? '?' };
  };
  return { shared, label };
}

function queryScope(deps: BenchmarkDeps, shared: ReadonlySet<string>, ownAgencyId: string | undefined) {
  const agencies = new Set(shared);
  if (ownAgencyId) agencies.add(ownAgencyId);
  return siteAgencies(deps.sites.list(), agencies);
}

/** Our own agency's form titles and field labels for a service ('' = every service), never a peer's. */
function ownLabels(deps: BenchmarkDeps, period: Period, service: string, ownAgencyId: string | undefined) {
  const own = siteAgencies(deps.sites.list(), new Set(ownAgencyId ? [ownAgencyId] : []));
  return queryOwnServiceLabels(deps.store, { ...period, service, siteAgencies: own });
}

/**
 * `GET /api/benchmarks`: one service's published rows for a caller — shared agencies and the caller's
 * own, each with at least `minSessions` sessions after complementary suppression, rounded.
 *
 * @example
 * const body = await buildBenchmarks(deps, { service: 'MOIS-0001', from, to }, 'agency-a');
 */
export async function buildBenchmarks(
  deps: BenchmarkDeps,
  { service, from, to }: Period & { service: string },
  ownAgencyId: string | undefined,
): Promise<BenchmarksResponse> {
  const { shared, label } = await sharingContext(deps.store, ownAgencyId);
  const counts = await queryServiceCounts(deps.store, {
    from,
    to,
    service,
    siteAgencies: queryScope(deps, shared, ownAgencyId),
    shared: [...shared],
  });
  const agencyRows = counts.filter((c) => c.agencyId !== '').map(toAgencyCounts);
  const total = counts.find((c) => c.agencyId === '') ?? null;
  const published = publishBenchmark(agencyRows, total, { minSessions: deps.minSessions, shared, ownAgencyId, label });
  return {
    service,
    from,
    to,
    minSessions: deps.minSessions,
    rows: published.rows,
    suppressed: published.suppressed,
    total: published.total,
  };
}

/**
 * `GET /api/benchmarks/services`: the codes of the caller's forms and of shared agencies' forms.
 *
 * @example
 * const { services } = await listBenchmarkServices(deps, { from, to }, 'agency-a');
 */
export async function listBenchmarkServices(
  deps: BenchmarkDeps,
  period: Period,
  ownAgencyId: string | undefined,
): Promise<BenchmarkServicesResponse> {
  const { shared } = await sharingContext(deps.store, ownAgencyId);
  const services = await queryServices(deps.store, { ...period, siteAgencies: queryScope(deps, shared, ownAgencyId) });
  const titles = new Map<string, string>();
  for (const l of await ownLabels(deps, period, '', ownAgencyId)) if (l.formTitle) titles.set(l.service, l.formTitle);
  return {
    services: services.map((s) => ({
      code: s.code,
      own: ownAgencyId ? s.agencies.includes(ownAgencyId) : false,
      title: titles.get(s.code) ?? null,
    })),
  };
}

/**
 * `GET /api/benchmarks/fields`: our fields' error rates on the service's form against the published
 * peers' pooled rates and the best peer's (highest completion rate) — only over rows that are published.
 *
 * @example
 * const { own, peers, best } = await buildFieldComparison(deps, { service, from, to }, 'agency-a');
 */
export async function buildFieldComparison(
  deps: BenchmarkDeps,
  { service, from, to }: Period & { service: string },
  ownAgencyId: string | undefined,
): Promise<BenchmarkFieldsResponse> {
  const { shared, label } = await sharingContext(deps.store, ownAgencyId);
  const query = { from, to, service, siteAgencies: queryScope(deps, shared, ownAgencyId), shared: [...shared] };
  const [counts, fieldCounts, labels] = await Promise.all([
    queryServiceCounts(deps.store, query),
    queryFieldErrors(deps.store, query),
    ownLabels(deps, { from, to }, service, ownAgencyId),
  ]);
  const agencyRows = counts.filter((c) => c.agencyId !== '').map(toAgencyCounts);
  const { minSessions } = deps;
  const published = publishBenchmark(agencyRows, null, { minSessions, shared, ownAgencyId, label });
  const visible = agencyRows.filter((c) => !published.hidden.includes(c.agencyId));
  const fieldsOf = (ids: string[], sessions: number): FieldErrorRate[] => {
    const sums = new Map<string, number>();
    for (const f of fieldCounts)
      if (ids.includes(f.agencyId)) sums.set(f.fieldId, (sums.get(f.fieldId) ?? 0) + f.sessions);
    return [...sums]
      .map(([fieldId, n]) => ({ fieldId, errorRate: roundRate(n, sessions) }))
      .sort((a, b) => b.errorRate - a.errorRate || (a.fieldId < b.fieldId ? -1 : 1));
  };
  const own = visible.find((c) => c.agencyId === ownAgencyId);
  const peers = visible.filter((c) => c.agencyId !== ownAgencyId && shared.has(c.agencyId));
  const peerSessions = peers.reduce((sum, c) => sum + c.sessions, 0);
  const bestCounts = [...peers].sort(
    (a, b) => b.completions / b.sessions - a.completions / a.sessions || b.sessions - a.sessions,
  )[0];
  const bestRow = bestCounts && published.byAgency.get(bestCounts.agencyId);
  return {
    service,
    minSessions,
    labels: Object.fromEntries(labels.filter((l) => l.label !== '').map((l) => [l.fieldId, l.label])),
    own: own
      ? {
          sessions: published.byAgency.get(own.agencyId)?.sessions ?? 0,
          fields: fieldsOf([own.agencyId], own.sessions),
        }
      : null,
    peers:
      peers.length > 0
        ? {
            agencies: peers.length,
            sessions: peers.reduce((sum, c) => sum + (published.byAgency.get(c.agencyId)?.sessions ?? 0), 0),
            fields: fieldsOf(
              peers.map((c) => c.agencyId),
              peerSessions,
            ),
          }
        : null,
    best:
      bestCounts && bestRow
        ? {
            agency: bestRow.agency,
            pseudonym: bestRow.pseudonym,
            completionRate: bestRow.completionRate,
            medianCompletionSeconds: bestRow.medianCompletionSeconds,
            fields: fieldsOf([bestCounts.agencyId], bestCounts.sessions),
          }
        : null,
  };
}

/**
 * `GET /api/exports/benchmarks.csv`: every service's published rows and total for the open-data
 * portal — shared agencies only (whoever asks), the same suppression and rounding; UTF-8 with BOM.
 *
 * @example
 * const csv = await buildOpenDataCsv(deps, { from: '2026-11-01', to: '2026-11-30' });
 */
export async function buildOpenDataCsv(deps: BenchmarkDeps, { from, to }: Period): Promise<string> {
  const { shared, label } = await sharingContext(deps.store, undefined);
  const counts = await queryServiceCounts(deps.store, {
    from,
    to,
    service: '',
    siteAgencies: queryScope(deps, shared, undefined),
    shared: [...shared],
  });
  const services = [...new Set(counts.map((c) => c.service))].sort();
  const lines: (string | number | null)[][] = [];
  for (const service of services) {
    const ofService = counts.filter((c) => c.service === service);
    const rows = ofService.filter((c) => c.agencyId !== '').map(toAgencyCounts);
    const total = ofService.find((c) => c.agencyId === '') ?? null;
    const published = publishBenchmark(rows, total, { minSessions: deps.minSessions, shared, label });
    for (const r of published.rows) {
      lines.push([
        from,
        to,
        service,
        'agency',
        r.agency,
        r.sessions,
        r.completionRate,
        r.errorRate,
        r.abandonRate,
        r.medianCompletionSeconds,
        r.score,
        null,
      ]);
    }
    const t = published.total;
    lines.push([
      from,
      to,
      service,
      'total',
      '전체',
      t?.sessions ?? null,
      t?.completionRate ?? null,
      t?.errorRate ?? null,
      t?.abandonRate ?? null,
      t?.medianCompletionSeconds ?? null,
      null,
      published.suppressed,
    ]);
  }
  return toCsv(BENCHMARK_CSV_COLUMNS, lines);
}
