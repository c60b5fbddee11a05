/**
 * One row of `minwon_ux.events` as inserted with JSONEachRow: the only place columns are named.
 * The columns every event has…
 */
export interface EventCore {
  site_id: string;
  event_id: string;
  session_id: string;
  visitor_id: string;
  ts: number;
  received_at: number;
  seq: number;
  kind: string;
  path: string;
  page_title: string;
  referrer_host: string;
  device: string;
  browser: string;
  os: string;
  viewport_w: number;
  lang: string;
  retention_days: number;
}

/** …and the details only some kinds fill. */
export interface EventDetails {
  menu_label: string;
  menu_trail: string[];
  menu_depth: number;
  target_path: string;
  form_id: string;
  service_code: string;
  field_id: string;
  field_type: string;
  error_kind: string;
  error_source: string;
  error_message: string;
  attempt: number;
  duration_ms: number;
  engaged_ms: number;
  scroll_pct: number;
  count: number;
  hesitation_ms: number;
  edits: number;
  corrections: number;
  returns: number;
  blocked: number;
  step: number;
  step_count: number;
  element: string;
  element_key: string;
  element_label: string;
  spot_x: number;
  spot_y: number;
  /** 1 when the SDK saw the browser on the site before (issue 16). */
  returning: number;
  /** survey_answer: the 1–5 satisfaction answer (issue 16). */
  rating: number;
  props: Record<string, string>;
}

/**
 * A row carries only the details its event has: an omitted column is stored as its type's default
 * ('' / 0 / [] / {}, the same values `emptyEventDetails` names), so the spool and ClickHouse's JSON
 * parser handle about half the bytes of a full row.
 */
export type EventRow = EventCore & Partial<EventDetails>;

/**
 * The columns an event of any kind leaves empty unless its kind fills them, in their empty values
 * (a fresh object each call: rows mutate their arrays and maps).
 *
 * @example
 * const row: EventRow = { ...identity, ...emptyEventDetails(), kind: 'page_view' };
 */
export function emptyEventDetails() {
  return {
    menu_label: '',
    menu_trail: [] as string[],
    menu_depth: 0,
    target_path: '',
    form_id: '',
    service_code: '',
    field_id: '',
    field_type: '',
    error_kind: '',
    error_source: '',
    error_message: '',
    attempt: 0,
    duration_ms: 0,
    engaged_ms: 0,
    scroll_pct: 0,
    count: 0,
    hesitation_ms: 0,
    edits: 0,
    corrections: 0,
    returns: 0,
    blocked: 0,
    step: 0,
    step_count: 0,
    element: '',
    element_key: '',
    element_label: '',
    spot_x: 0,
    spot_y: 0,
    returning: 0,
    rating: 0,
    props: {} as Record<string, string>,
  } satisfies EventDetails;
}
