import { scrubPath, scrubText, type WireEvent } from '@minwon-ux/schema';
import type { Site } from '../sites/site.ts';
import type { ClientContext } from './client-context.ts';
import { type EventRow, emptyEventDetails } from './event-row.ts';

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

function emptyRow(event: WireEvent, ctx: BatchContext): EventRow {
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
    path: scrubPath(event.path, ctx.site.allowedParams),
    page_title: scrubText(event.title ?? ''),
    referrer_host: referrerHost(event.referrer),
    ...emptyEventDetails(),
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

/** Identifiers chosen by site markup can carry text too; they pass the scrubber like any label. */
const ident = (value: string | undefined): string => scrubText(value ?? '');

/**
 * Maps one validated wire event to its analyst-schema row: camelCase → snake_case, skew-corrected
 * time, every free text scrubbed, query strings stripped except the site's allow-listed parameters.
 *
 * @example
 * const row = toEventRow(event, { site, sessionId, visitorId, receivedAt: Date.now(), skewMs: 0, client });
 */
export function toEventRow(event: WireEvent, ctx: BatchContext): EventRow {
  const row = emptyRow(event, ctx);
  switch (event.kind) {
    case 'page_view':
      break;
    case 'page_dwell':
      row.engaged_ms = event.engagedMs;
      row.duration_ms = event.totalMs;
      row.scroll_pct = event.scrollPct;
      row.props = { visible_ms: String(event.visibleMs) };
      break;
    case 'menu_open':
    case 'menu_click':
      row.menu_label = scrubText(event.label);
      row.menu_trail = event.trail.map(scrubText);
      row.menu_depth = event.depth;
      row.target_path = event.target ? scrubPath(event.target, ctx.site.allowedParams) : '';
      if (event.menuId) row.props = { menu_id: scrubText(event.menuId) };
      break;
    case 'site_search':
      row.form_id = ident(event.formId);
      break;
    case 'field_dwell':
      row.form_id = ident(event.formId);
      row.field_id = ident(event.fieldId);
      row.field_type = event.fieldType ?? '';
      row.duration_ms = event.focusMs;
      row.hesitation_ms = event.hesitationMs ?? 0;
      row.edits = event.edits;
      row.corrections = event.corrections;
      row.returns = event.returns;
      break;
    case 'input_error':
      row.form_id = ident(event.formId);
      row.field_id = ident(event.fieldId);
      row.field_type = event.fieldType ?? '';
      row.error_kind = event.errorKind;
      row.error_source = event.errorSource;
      row.error_message = scrubText(event.message ?? '');
      row.attempt = event.attempt;
      break;
    case 'form_start':
      row.form_id = ident(event.formId);
      row.field_id = ident(event.fieldId);
      break;
    case 'form_submit':
      row.form_id = ident(event.formId);
      row.blocked = event.blocked ? 1 : 0;
      row.attempt = event.attempt;
      row.count = event.errorCount ?? 0;
      break;
    case 'form_success':
      row.form_id = ident(event.formId);
      row.duration_ms = event.durationMs ?? 0;
      break;
    case 'form_abandon':
      row.form_id = ident(event.formId);
      row.field_id = ident(event.fieldId);
      row.duration_ms = event.durationMs ?? 0;
      break;
    case 'step_view':
      row.form_id = ident(event.formId);
      row.step = event.step;
      row.step_count = event.stepCount ?? 0;
      if (event.label) row.props = { step_label: scrubText(event.label) };
      break;
    case 'rage_click':
    case 'dead_click':
      row.element = scrubText(event.element);
      row.count = event.kind === 'rage_click' ? event.count : 1;
      if (event.x !== undefined && event.y !== undefined) row.props = { x: String(event.x), y: String(event.y) };
      break;
    case 'quick_back':
      row.duration_ms = event.durationMs;
      row.target_path = event.target ? scrubPath(event.target, ctx.site.allowedParams) : '';
      break;
    case 'custom':
      row.props = { name: scrubText(event.name) };
      for (const [key, value] of Object.entries(event.props ?? {})) {
        const name = scrubText(key);
        // `name` holds the event's name; prototype names would be a trap for whoever merges props.
        if (name === 'name' || UNSAFE_KEYS.has(name)) continue;
        row.props[name] = scrubText(String(value));
      }
      break;
  }
  return row;
}
