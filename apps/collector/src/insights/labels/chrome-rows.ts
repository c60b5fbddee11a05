import type { Store } from '../../store/create-store.ts';
import { runQuery } from '../../store/query.ts';

/** The latest reported chrome of one field of one form (form_chrome, migration 0045). */
export interface ChromeFieldRow {
  form_id: string;
  field_id: string;
  form_title: string;
  label: string;
  label_source: string;
  programmatic_label: number;
  required: number;
  required_mark: number;
  field_type: string;
  input_mode: string;
  autocomplete: string;
  has_hint: number;
  error_linked: number;
  field_order: number;
}

/**
 * The latest chrome per form and field of a site (whatever path or version it was last seen on), as
 * of the end of the range — a label fixed after the range does not rename what the range shows —, else
 * the latest one (a site whose chrome was first reported after the range still gets names). One small
 * read of `form_chrome` (a row per field and page version), beside the insight archive.
 */
export const CHROME_ROWS_SQL = `
WITH (toDate(seen_at) <= {to:Date}, seen_at) AS latest
SELECT form_id, field_id,
       argMax(form_title, latest) AS form_title, argMax(label, latest) AS label,
       argMax(label_source, latest) AS label_source, argMax(programmatic_label, latest) AS programmatic_label,
       argMax(required, latest) AS required, argMax(required_mark, latest) AS required_mark,
       argMax(field_type, latest) AS field_type, argMax(input_mode, latest) AS input_mode,
       argMax(autocomplete, latest) AS autocomplete, argMax(has_hint, latest) AS has_hint,
       argMax(error_linked, latest) AS error_linked, argMax(field_order, latest) AS field_order
FROM minwon_ux.form_chrome
WHERE site_id = {site:String}
GROUP BY form_id, field_id
ORDER BY form_id, field_order, field_id`;

/**
 * Reads the latest chrome of every form field of a site (see CHROME_ROWS_SQL).
 *
 * @example
 * const chrome = await queryChromeRows(store, { site: 'demo', to: '2026-11-30' });
 */
export function queryChromeRows(store: Store, f: { site: string; to: string }): Promise<ChromeFieldRow[]> {
  return runQuery<ChromeFieldRow>(store, CHROME_ROWS_SQL, { site: f.site, to: f.to });
}

const MAX_CACHED = 512;
const cached = new WeakMap<Store, Map<string, { at: number; rows: Promise<ChromeFieldRow[]> }>>();

/**
 * `queryChromeRows`, reused for `maxAgeMs` per site and range end: page chrome changes with a site's
 * releases, not by the minute, so the pages that name things by it (insights, forms, scorecard) read it
 * at most once per `maxAgeMs` — the freshness the insight archive keeps too
 * (`MINWON_INSIGHTS_MAX_AGE_SECONDS`). `maxAgeMs` 0 reads every time; a failed read is not kept.
 *
 * @example
 * const chrome = await readChromeRows(store, { site: 'demo', to: '2026-11-30' }, 120_000);
 */
export function readChromeRows(
  store: Store,
  f: { site: string; to: string },
  maxAgeMs: number,
): Promise<ChromeFieldRow[]> {
  if (maxAgeMs <= 0) return queryChromeRows(store, f);
  const bySite = cached.get(store) ?? new Map<string, { at: number; rows: Promise<ChromeFieldRow[]> }>();
  cached.set(store, bySite);
  const key = `${f.site}\n${f.to}`;
  const now = Date.now();
  const hit = bySite.get(key);
  if (hit && now - hit.at < maxAgeMs) return hit.rows;
  const entry = { at: now, rows: queryChromeRows(store, f) };
  bySite.delete(key); // re-inserted last: the Map's first key is the oldest
  bySite.set(key, entry);
  if (bySite.size > MAX_CACHED) bySite.delete(bySite.keys().next().value as string);
  entry.rows.catch(() => {
    if (bySite.get(key) === entry) bySite.delete(key);
  });
  return entry.rows;
}
