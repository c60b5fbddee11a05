import type { WireEvent } from '@minwon-ux/schema';
import type { Site } from '../sites/site.ts';
import { type BatchScrubber, createBatchScrubber } from './batch-scrubber.ts';
import { chromeProps } from './chrome-props.ts';
import type { ClientContext } from './client-context.ts';
import type { EventRow } from './event-row.ts';

/** What the collector knows about the request a batch arrived in. */
export interface BatchContext {
  site: Site;
  sessionId: string;
  visitorId: string;
  receivedAt: number;
  /** Client clock offset: server receive time minus the batch's `sentAt`. */
  skewMs: number;
  client: ClientContext;
}

const MAX_FUTURE_MS = 60_000;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function emptyRow(event: WireEvent, ctx: BatchContext, scrub: BatchScrubber): EventRow {
  const corrected = event.t + ctx.skewMs;
  return {
    site_id: ctx.site.key,
    event_id: event.id,
    session_id: ctx.sessionId,
    visitor_id: ctx.visitorId,
    ts: Math.min(corrected, ctx.receivedAt + MAX_FUTURE_MS),
    received_at: ctx.receivedAt,
    seq: event.seq,
    kind: event.kind,
    path: scrub.path(event.path),
    page_title: scrub.text(event.title),
    referrer_host: referrerHost(event.referrer),
    device: ctx.client.device,
    browser: ctx.client.browser,
    os: ctx.client.os,
    viewport_w: event.vw ?? 0,
    lang: event.lang ?? '',
    retention_days: ctx.site.retentionDays,
  };
}

/** Only the host of a referrer is kept: full referrer URLs can carry personal data. */
function referrerHost(referrer: string | undefined): string {
  if (!referrer) return '';
  try {
    return new URL(referrer).host;
  } catch {
    return ''; // not an absolute URL: nothing safe to keep
  }
}

/**
 * Maps one validated wire event to its analyst-schema row: camelCase → snake_case, skew-corrected
 * time, every free text scrubbed, query strings stripped except the site's allow-listed parameters.
 *
 * @example
 * const row = toEventRow(event, { site, sessionId, visitorId, receivedAt: Date.now(), skewMs: 0, client });
 */
export function toEventRow(
  event: WireEvent,
  ctx: BatchContext,
  scrub: BatchScrubber = createBatchScrubber(ctx.site.allowedParams),
): EventRow {
  const row = emptyRow(event, ctx, scrub);
  if (event.rv === 1) row.returning = 1;
  switch (event.kind) {
    case 'page_view':
      break;
    case 'page_dwell':
      row.engaged_ms = event.engagedMs;
      row.duration_ms = event.totalMs;
      row.scroll_pct = event.scrollPct;
      row.props = { visible_ms: String(event.visibleMs), ...(event.pv !== undefined && { pv: String(event.pv) }) };
      break;
    case 'menu_open':
    case 'menu_click':
      row.menu_label = scrub.text(event.label);
      row.menu_trail = event.trail.map(scrub.text);
      row.menu_depth = event.depth;
      row.target_path = event.target ? scrub.path(event.target) : '';
      if (event.menuId) row.props = { menu_id: scrub.text(event.menuId) };
      break;
    case 'site_search':
      row.form_id = scrub.text(event.formId);
      break;
    case 'field_dwell':
      row.form_id = scrub.text(event.formId);
      row.field_id = scrub.text(event.fieldId);
      row.field_type = event.fieldType ?? '';
      row.duration_ms = event.focusMs;
      row.hesitation_ms = event.hesitationMs ?? 0;
      row.edits = event.edits;
      row.corrections = event.corrections;
      row.returns = event.returns;
      break;
    case 'input_error':
      row.form_id = scrub.text(event.formId);
      row.field_id = scrub.text(event.fieldId);
      row.field_type = event.fieldType ?? '';
      row.error_kind = event.errorKind;
      row.error_source = event.errorSource;
      row.error_message = scrub.text(event.message);
      row.attempt = event.attempt;
      break;
    case 'form_start':
      row.form_id = scrub.text(event.formId);
      row.field_id = scrub.text(event.fieldId);
      if (event.service) row.service_code = scrub.text(event.service).slice(0, 64);
      break;
    case 'form_submit':
      row.form_id = scrub.text(event.formId);
      row.blocked = event.blocked ? 1 : 0;
      row.attempt = event.attempt;
      row.count = event.errorCount ?? 0;
      break;
    case 'form_success':
      row.form_id = scrub.text(event.formId);
      row.duration_ms = event.durationMs ?? 0;
      break;
    case 'form_abandon':
      row.form_id = scrub.text(event.formId);
      row.field_id = scrub.text(event.fieldId);
      row.duration_ms = event.durationMs ?? 0;
      break;
    case 'step_view':
      row.form_id = scrub.text(event.formId);
      row.step = event.step;
      row.step_count = event.stepCount ?? 0;
      if (event.label) row.props = { step_label: scrub.text(event.label) };
      break;
    case 'rage_click':
    case 'dead_click':
      row.element = scrub.text(event.element);
      row.count = event.kind === 'rage_click' ? event.count : 1;
      if (event.x !== undefined && event.y !== undefined) row.props = { x: String(event.x), y: String(event.y) };
      if (event.key) row.element_key = scrub.text(event.key);
      break;
    case 'click':
      row.element_key = scrub.text(event.key);
      row.element_label = scrub.text(event.label);
      row.spot_x = event.sx;
      row.spot_y = event.sy;
      row.scroll_pct = event.depth;
      break;
    case 'quick_back':
      row.duration_ms = event.durationMs;
      row.target_path = event.target ? scrub.path(event.target) : '';
      break;
    case 'custom':
      row.props = { name: scrub.text(event.name) };
      for (const [key, value] of Object.entries(event.props ?? {})) {
        const name = scrub.text(key);
        // `name` holds the event's name; prototype names would be a trap for whoever merges props.
        if (name === 'name' || UNSAFE_KEYS.has(name)) continue;
        row.props[name] = scrub.text(String(value));
      }
      break;
    case 'survey_answer':
      row.form_id = scrub.text(event.formId);
      if (event.service) row.service_code = scrub.text(event.service).slice(0, 64);
      row.rating = event.rating;
      break;
    case 'form_chrome':
      row.form_id = scrub.text(event.formId);
      row.count = event.fields.length;
      row.props = chromeProps(event, scrub);
      break;
  }
  return row;
}

/**
 * Maps a batch's events with one scrubber for the batch: its events repeat paths, titles and labels,
 * and each distinct text is scrubbed once. Identifiers chosen by site markup (form and field ids)
 * pass the scrubber like any label.
 *
 * @example
 * await sink.accept(toEventRows(events, context));
 */
export function toEventRows(events: readonly WireEvent[], ctx: BatchContext): EventRow[] {
  const scrub = createBatchScrubber(ctx.site.allowedParams);
  return events.map((event) => toEventRow(event, ctx, scrub));
}
