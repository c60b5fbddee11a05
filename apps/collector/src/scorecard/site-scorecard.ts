import type { ScorecardChange, ScorecardResponse, ScorecardTargets } from '@minwon-ux/api-contract';
import { DEFAULT_ARCHIVE_MAX_AGE_MS } from '../insights/archive/archived-inputs.ts';
import { listChanges } from '../insights/changes/change-store.ts';
import { readChromeRows } from '../insights/labels/chrome-rows.ts';
import { formLabels } from '../insights/labels/form-labels.ts';
import type { Store } from '../store/create-store.ts';
import { runQuery } from '../store/query.ts';
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
  /** How long the forms' titles (page chrome) are reused, as the insights pages reuse them. */
  chromeMaxAgeMs = DEFAULT_ARCHIVE_MAX_AGE_MS,
): Promise<ScorecardResponse> {
  // one after the other: the embedded store runs one query at a time, and four at once only queue
  const rows = await queryScorecardRows(store, q);
  const changes = await listChanges(store, q.site);
  const codes = await serviceCodes(store, q);
  const formIds = new Set(rows.forms.map((r) => r.formId));
  const titles =
    formIds.size > 0 ? formLabels(await readChromeRows(store, q, chromeMaxAgeMs), formIds)?.forms : undefined;
  return {
    site: q.site,
    from: q.from,
    to: q.to,
    interval: q.interval,
    formula: formulaOf(targets),
    total: buildTotal(rows, q, targets),
    periods: buildPeriods(rows, q, targets),
    services: buildServices(rows.forms, targets, { serviceCodes: codes, ...(titles && { titles }) }),
    changes: changes
      .filter((c) => c.changedOn >= q.from && c.changedOn <= q.to)
      .map((c): ScorecardChange => ({ id: c.id, at: c.changedOn, title: changeTitle(c) }))
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
  };
}

/**
 * Each form's national service code, by issue 17's rule (sharing/service-forms.ts, which imports this
 * folder's formula, so the rule is restated here rather than imported): the admins' mapping in
 * `form_services` first, else the latest code the form's markup declared on `form_start` in the last
 * 31 days of the range (the whole range would read every event of a long one: 2.25 M rows for 180 days
 * on the 10M-event bench; a form nobody started in its last month keeps its mapping only).
 */
const SERVICE_CODES_SQL = `
SELECT form_id AS formId, argMin(code, prio) AS service
FROM (
  SELECT form_id, service_code AS code, 0 AS prio
  FROM minwon_ux.form_services FINAL WHERE deleted = 0 AND site_id = {site:String}
  UNION ALL
  SELECT toString(form_id) AS form_id, toString(argMax(service_code, ts)) AS code, 1 AS prio
  FROM minwon_ux.events
  WHERE site_id = {site:String} AND kind = 'form_start' AND service_code != ''
    AND toDate(ts) BETWEEN greatest({from:Date}, {to:Date} - 30) AND {to:Date}
  GROUP BY form_id
)
GROUP BY formId HAVING service != ''`;

async function serviceCodes(store: Store, q: ScorecardQuery): Promise<Map<string, string>> {
  const rows = await runQuery<{ formId: string; service: string }>(store, SERVICE_CODES_SQL, {
    site: q.site,
    from: q.from,
    to: q.to,
  });
  return new Map(rows.map((r) => [r.formId, r.service]));
}

function changeTitle(c: { scope: string; target: string; description: string }): string {
  return c.description ? `${c.target} — ${c.description}` : c.target;
}
