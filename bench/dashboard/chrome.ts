import type { Store } from '@minwon-ux/collector';

/** Page versions per form: the chrome of every form changes every six days over the bench's range. */
export const CHROME_VERSIONS = 30;

/**
 * Fills `form_chrome` (issue 14) for the bench's forms, unless it has rows: per site, form and field
 * of the first day, one row per page version (`CHROME_VERSIONS`, six days apart), as the ingest path's
 * view would write them, so the insights and forms pages time their chrome read on a realistic table.
 *
 * @example
 * await loadBenchChrome(store, '2026-05-01', console.error);
 */
export async function loadBenchChrome(store: Store, startDay: string, out: (line: string) => void): Promise<void> {
  const db = store.database;
  const existing = await store.client.query({
    query: `SELECT count() AS n FROM ${db}.form_chrome`,
    format: 'JSONEachRow',
  });
  if (Number((await existing.json<{ n: string }>())[0]?.n ?? 0) > 0) return;
  const t0 = performance.now();
  await store.client.command({
    query: `INSERT INTO ${db}.form_chrome (site_id, path, form_id, version, field_id, field_order, form_title, label,
              label_source, programmatic_label, required, required_mark, field_type, input_mode, autocomplete, has_hint,
              error_linked, seen_at, retention_days)
      SELECT site_id, path, form_id, lower(hex(sipHash64(form_id, v))), field_id, toUInt8(n % 100),
             concat('서식 ', form_id), concat('항목 ', field_id, ' ', toString(v)), if(n % 4 = 0, 'visual', 'for'),
             n % 4 != 0, n % 3 = 0, n % 6 = 0, field_type, '', '', n % 2, n % 5 != 0,
             toDateTime64({start:Date}, 3) + toIntervalDay(v * 6), 365
      FROM (
        SELECT site_id, form_id, field_id, any(path) AS path, any(field_type) AS field_type,
               row_number() OVER (PARTITION BY site_id, form_id ORDER BY field_id) AS n
        FROM ${db}.events WHERE kind = 'field_dwell' AND toDate(ts) = {start:Date}
        GROUP BY site_id, form_id, field_id
      ) ARRAY JOIN range({versions:UInt32}) AS v`,
    query_params: { start: startDay, versions: CHROME_VERSIONS },
  });
  await store.client.command({ query: `OPTIMIZE TABLE ${db}.form_chrome FINAL` });
  const rows = await store.client.query({ query: `SELECT count() AS n FROM ${db}.form_chrome`, format: 'JSONEachRow' });
  const n = Number((await rows.json<{ n: string }>())[0]?.n ?? 0);
  out(
    `  form_chrome: ${n.toLocaleString('en')} rows (${CHROME_VERSIONS} page versions per form) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}
