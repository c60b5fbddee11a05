import { CLICK_SPOT_INPUTS_SQL } from './sources/click-spot-inputs.ts';
import { DWELL_INPUTS_SQL } from './sources/dwell-inputs.ts';
import { FIELD_ERROR_INPUTS_SQL } from './sources/field-error-inputs.ts';
import { FIELD_INPUTS_SQL } from './sources/field-inputs.ts';
import { HUNTING_INPUTS_SQL } from './sources/hunting-inputs.ts';
import { MENU_CLICK_INPUTS_SQL } from './sources/menu-click-inputs.ts';
import { MENU_PATH_INPUTS_SQL } from './sources/menu-path-inputs.ts';
import { MENU_USE_INPUTS_SQL } from './sources/menu-use-inputs.ts';
import { PAGE_INPUTS_SQL } from './sources/page-inputs.ts';
import { STEP_INPUTS_SQL } from './sources/step-inputs.ts';

/**
 * The detector inputs the archive keeps per day, by source name (daily_insight_inputs.source). Each
 * SQL selects `day, device, key, label, counts, hist_a, hist_b, examples` for `{site:String}` and
 * `{days:Array(Date)}`; its file says what each position of `counts` holds.
 */
export const ARCHIVE_SOURCES = {
  field: FIELD_INPUTS_SQL,
  field_error: FIELD_ERROR_INPUTS_SQL,
  step: STEP_INPUTS_SQL,
  hunting: HUNTING_INPUTS_SQL,
  menu_click: MENU_CLICK_INPUTS_SQL,
  dwell: DWELL_INPUTS_SQL,
  click_spot: CLICK_SPOT_INPUTS_SQL,
  page: PAGE_INPUTS_SQL,
  menu_use: MENU_USE_INPUTS_SQL,
  menu_path: MENU_PATH_INPUTS_SQL,
} as const;

export type ArchiveSource = keyof typeof ARCHIVE_SOURCES;

/** Days before the range whose inputs count too: unused menu items know items from 90 days before. */
export const LOOKBACK_DAYS = 90;

/** The sources read over the look-back days as well as the range. */
export const LOOKBACK_SOURCES: readonly ArchiveSource[] = ['menu_use'];

/**
 * Archives every source's inputs for the days in `{days:Array(Date)}` of `{site:String}` under run
 * `{archive:UInt64}` with the site's `{retention:UInt16}`, as one insert (one part).
 */
export const ARCHIVE_SQL = `INSERT INTO minwon_ux.daily_insight_inputs
    (site_id, day, archive_id, device, source, key, label, counts, hist_a, hist_b, examples, retention_days)
  SELECT {site:String}, day, {archive:UInt64}, device, source, key, label, counts, hist_a, hist_b, examples,
         {retention:UInt16}
  FROM (${Object.entries(ARCHIVE_SOURCES)
    .map(([source, sql]) => `SELECT '${source}' AS source, * FROM (${sql})`)
    .join('\n  UNION ALL ')})`;
