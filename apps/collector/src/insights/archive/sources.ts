import { CLICK_SPOT_INPUTS } from './sources/click-spot-inputs.ts';
import { DWELL_INPUTS } from './sources/dwell-inputs.ts';
import { ELEMENT_CLICK_INPUTS } from './sources/element-click-inputs.ts';
import { FIELD_DEVICE_INPUTS } from './sources/field-device-inputs.ts';
import { FIELD_ERROR_INPUTS } from './sources/field-error-inputs.ts';
import { FIELD_INPUTS } from './sources/field-inputs.ts';
import { HUNTING_INPUTS } from './sources/hunting-inputs.ts';
import { MENU_CLICK_INPUTS } from './sources/menu-click-inputs.ts';
import { MENU_PATH_INPUTS } from './sources/menu-path-inputs.ts';
import { MENU_USE_INPUTS } from './sources/menu-use-inputs.ts';
import { PAGE_INPUTS } from './sources/page-inputs.ts';
import { SCROLL_REACH_INPUTS } from './sources/scroll-reach-inputs.ts';
import { SLOW_FIELD_INPUTS } from './sources/slow-field-inputs.ts';
import { STEP_INPUTS } from './sources/step-inputs.ts';
import { STEP_PROGRESS_INPUTS } from './sources/step-progress-inputs.ts';

/**
 * The detector inputs the archive keeps per day, by source name (daily_insight_inputs.source). Each
 * source declares its counts by name once (`defineSource`): its SQL selects `day, device, key, label,
 * counts, hist_a, hist_b, examples` for `{site:String}` and `{days:Array(Date)}`, and `inputsOf` reads
 * the counts back by those names. To add a source: a file in `sources/`, one line here.
 */
export const ARCHIVE_SOURCES = {
  field: FIELD_INPUTS,
  field_error: FIELD_ERROR_INPUTS,
  field_device: FIELD_DEVICE_INPUTS,
  slow_field: SLOW_FIELD_INPUTS,
  step: STEP_INPUTS,
  step_progress: STEP_PROGRESS_INPUTS,
  hunting: HUNTING_INPUTS,
  menu_click: MENU_CLICK_INPUTS,
  dwell: DWELL_INPUTS,
  click_spot: CLICK_SPOT_INPUTS,
  page: PAGE_INPUTS,
  menu_use: MENU_USE_INPUTS,
  menu_path: MENU_PATH_INPUTS,
  element_click: ELEMENT_CLICK_INPUTS,
  scroll_reach: SCROLL_REACH_INPUTS,
} as const;

export type ArchiveSource = keyof typeof ARCHIVE_SOURCES;

/** The count names of one source. */
export type CountName<S extends ArchiveSource> = (typeof ARCHIVE_SOURCES)[S]['counts'][number];

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
    .map(([source, { sql }]) => `SELECT '${source}' AS source, * FROM (${sql})`)
    .join('\n  UNION ALL ')})`;
