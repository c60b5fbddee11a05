import type { ScorecardChange, ScorecardResponse, ScorecardTargets } from '@minwon-ux/api-contract';
import { listChanges } from '../insights/changes/change-store.ts';
import type { Store } from '../store/create-store.ts';
import { buildPeriods, buildServices, buildTotal } from './build-scorecard.ts';
import { formulaOf } from './formula.ts';
import { queryScorecardRows, type ScorecardQuery } from './scorecard-query.ts';

/**
 * A site's scorecard for a range: the periods, the whole range, each service and the recorded
 * changes in the range (chart markers), scored with the given targets.
 *
 * @example
 * const card = await readSiteScorecard(store, { site: 'demo', from: '2026-06-01', to: '2026-11-30', interval: 'month' }, targets);
 */
export async function readSiteScorecard(
  store: Store,
  q: ScorecardQuery,
  targets: ScorecardTargets,
): Promise<ScorecardResponse> {
  const [rows, changes] = await Promise.all([queryScorecardRows(store, q), listChanges(store, q.site)]);
  return {
    site: q.site,
    from: q.from,
    to: q.to,
    interval: q.interval,
    formula: formulaOf(targets),
    total: buildTotal(rows, q, targets),
    periods: buildPeriods(rows, q, targets),
    services: buildServices(rows.forms, targets),
    changes: changes
      .filter((c) => c.changedOn >= q.from && c.changedOn <= q.to)
      .map((c): ScorecardChange => ({ id: c.id, at: c.changedOn, title: changeTitle(c) }))
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
  };
}

function changeTitle(c: { scope: string; target: string; description: string }): string {
  return c.description ? `${c.target} — ${c.description}` : c.target;
}
