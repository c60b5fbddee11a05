/**
 * What one moment of a session's journey was, as the timeline shows it: a page opened, a menu
 * opened or clicked, a site search, a field filled, an input error, a step, the form's start, submit
 * (sent or blocked), success or abandon, a frustrated click, a quick back.
 */
export type JourneyEntryKind =
  | 'page'
  | 'menu_open'
  | 'menu_click'
  | 'search'
  | 'field'
  | 'error'
  | 'step'
  | 'form_start'
  | 'form_submit'
  | 'form_success'
  | 'form_abandon'
  | 'rage_click'
  | 'dead_click'
  | 'quick_back'
  | 'other';

/** One moment of a journey; fields that do not apply to its kind are absent. */
export interface JourneyEntry {
  kind: JourneyEntryKind;
  /** ms since the session's first event. */
  atMs: number;
  path: string;
  /** The page title, menu label, form title or step label citizens saw ('' when none). */
  label: string;
  /** A menu's trail of parent labels. */
  trail?: string[];
  /** A field or form as citizens see it (its page-chrome label), with its id beside it. */
  field?: { id: string; label: string };
  form?: { id: string; label: string };
  /** Engaged time on a page; focus time in a field. */
  durationMs?: number;
  /** A field: time from focus to the first edit. */
  hesitationMs?: number;
  /** An error: its scrubbed message, kind and attempt number. */
  message?: string;
  errorKind?: string;
  attempt?: number;
  /** A step's number; a submit blocked by validation. */
  step?: number;
  blocked?: boolean;
  /** Clicks in a rage click; the page a menu item leads to. */
  count?: number;
  target?: string;
}

/** `GET /api/sites/:site/sessions/:id/journey?from&to`: one session as a readable timeline. */
export interface JourneyResponse {
  sessionId: string;
  /** ISO time of the first event. */
  startedAt: string;
  durationMs: number;
  device: string;
  browser: string;
  os: string;
  /** Whether a replay of the session was recorded (the replay view can play it). */
  replay: boolean;
  entries: JourneyEntry[];
  /** True when the session had more events than the timeline shows (the first 2,000). */
  truncated: boolean;
}
