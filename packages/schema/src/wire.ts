import { z } from 'zod';
import { ERROR_KINDS, ERROR_SOURCES, LABEL_SOURCES, WIRE_LIMITS, WIRE_VERSION } from './vocabulary.ts';

/**
 * The versioned wire contract between the browser SDK and the collector.
 *
 * A batch is one POST body. Field names are camelCase on the wire; the collector maps them to the
 * snake_case analyst columns in one place. Every object is strict: unknown fields are refused, so a
 * typo in a client never silently drops data.
 *
 * @example
 * const parsed = eventSchema.safeParse(JSON.parse(body).events[0]);
 * const kind = parsed.success ? parsed.data.kind : undefined;
 */

const text = z.string().max(WIRE_LIMITS.maxStringLength);
const path = z.string().max(WIRE_LIMITS.maxPathLength);
const count = z.number().int().min(0).max(1_000_000);
const ms = z
  .number()
  .int()
  .min(0)
  .max(7 * 24 * 3600 * 1000);
const id = z.string().min(1).max(128);

/** Fields every event carries. `t` is the client's epoch milliseconds when the event happened. */
const base = {
  id: z.uuid(),
  seq: z.number().int().min(0).max(4_294_967_295),
  t: z.number().int().min(0),
  path,
  title: text.optional(),
  referrer: path.optional(),
  vw: z.number().int().min(0).max(20_000).optional(),
  lang: z.string().max(35).optional(),
  /** 1 when the SDK saw this browser on the site before this session (issue 16: first-time vs returning). */
  rv: z.literal(1).optional(),
};

const field = {
  formId: id,
  fieldId: id,
  fieldType: z.string().max(32).optional(),
};

const menu = {
  label: text,
  trail: z.array(text).max(WIRE_LIMITS.maxTrailDepth),
  depth: z.number().int().min(0).max(16),
  target: path.optional(),
  menuId: text.optional(),
};

const props = z
  .record(z.string().max(WIRE_LIMITS.maxPropKeyLength), z.union([text, z.number(), z.boolean()]))
  .refine((r) => Object.keys(r).length <= WIRE_LIMITS.maxProps, { message: 'too many props' });

export const pageViewSchema = z.strictObject({ ...base, kind: z.literal('page_view') });

export const pageDwellSchema = z.strictObject({
  ...base,
  kind: z.literal('page_dwell'),
  engagedMs: ms,
  visibleMs: ms,
  totalMs: ms,
  scrollPct: z.number().int().min(0).max(100),
  /** The page view's start (ms since epoch, as `t`): the same in every report of one page view. */
  pv: z.number().int().min(0).max(8_640_000_000_000_000).optional(),
});

export const menuOpenSchema = z.strictObject({ ...base, ...menu, kind: z.literal('menu_open') });
export const menuClickSchema = z.strictObject({ ...base, ...menu, kind: z.literal('menu_click') });

export const siteSearchSchema = z.strictObject({
  ...base,
  kind: z.literal('site_search'),
  formId: id.optional(),
});

export const fieldDwellSchema = z.strictObject({
  ...base,
  ...field,
  kind: z.literal('field_dwell'),
  focusMs: ms,
  hesitationMs: ms.optional(),
  edits: count,
  corrections: count,
  returns: count,
});

export const inputErrorSchema = z.strictObject({
  ...base,
  ...field,
  kind: z.literal('input_error'),
  errorKind: z.enum(ERROR_KINDS),
  errorSource: z.enum(ERROR_SOURCES),
  message: text.optional(),
  attempt: z.number().int().min(1).max(10_000),
});

export const formStartSchema = z.strictObject({
  ...base,
  kind: z.literal('form_start'),
  formId: id,
  fieldId: id.optional(),
  /** The national service the form implements: `data-ux-service` on the form or its container. */
  service: id.optional(),
});

export const formSubmitSchema = z.strictObject({
  ...base,
  kind: z.literal('form_submit'),
  formId: id,
  blocked: z.boolean(),
  attempt: z.number().int().min(1).max(10_000),
  errorCount: count.optional(),
});

export const formSuccessSchema = z.strictObject({
  ...base,
  kind: z.literal('form_success'),
  formId: id.optional(),
  durationMs: ms.optional(),
});

export const formAbandonSchema = z.strictObject({
  ...base,
  kind: z.literal('form_abandon'),
  formId: id,
  fieldId: id.optional(),
  durationMs: ms.optional(),
});

export const stepViewSchema = z.strictObject({
  ...base,
  kind: z.literal('step_view'),
  formId: id.optional(),
  step: z.number().int().min(1).max(100),
  stepCount: z.number().int().min(1).max(100).optional(),
  label: text.optional(),
});

/** A clicked element's stable key (issue 18: `data-ux-*` > id > name > role + name > short path). */
const elementKey = z.string().min(1).max(256);

const click = {
  element: text,
  x: z.number().int().min(0).max(100_000).optional(),
  y: z.number().int().min(0).max(1_000_000).optional(),
  key: elementKey.optional(),
};

export const rageClickSchema = z.strictObject({
  ...base,
  ...click,
  kind: z.literal('rage_click'),
  count: z.number().int().min(3).max(1000),
});

export const deadClickSchema = z.strictObject({ ...base, ...click, kind: z.literal('dead_click') });

/** Tenths of the clicked element's box, 0–9 from its left (`sx`) or top (`sy`) edge. */
const tenth = z.number().int().min(0).max(9);

/**
 * `click` (issue 18, heatmaps): any click or tap, with the element's key, its visible label (sent
 * once per element and page view; never text inside `data-ux-mask`), where inside its box it landed,
 * and how far down the page its top is (`depth`, 0–100, the scale of `page_dwell.scrollPct`).
 */
export const clickSchema = z.strictObject({
  ...base,
  kind: z.literal('click'),
  key: elementKey,
  label: text.optional(),
  sx: tenth,
  sy: tenth,
  depth: z.number().int().min(0).max(100),
});

export const quickBackSchema = z.strictObject({
  ...base,
  kind: z.literal('quick_back'),
  durationMs: ms,
  target: path.optional(),
});

export const customSchema = z.strictObject({
  ...base,
  kind: z.literal('custom'),
  name: z.string().min(1).max(WIRE_LIMITS.maxPropKeyLength),
  props: props.optional(),
});

const label = z.string().max(WIRE_LIMITS.maxLabelLength);
const attribute = z.string().max(64);

/**
 * What one field of a form shows (`form_chrome`), never its value: visible label and how it is tied
 * to the field, required attribute and visible mark, type, inputmode, autocomplete, whether a hint
 * and a programmatically associated error message exist, and its position in the form (0-based).
 */
export const chromeFieldSchema = z.strictObject({
  fieldId: id,
  label: label.optional(),
  labelSource: z.enum(LABEL_SOURCES),
  required: z.boolean(),
  requiredMark: z.boolean(),
  fieldType: attribute,
  inputMode: attribute.optional(),
  autocomplete: attribute.optional(),
  hint: z.boolean(),
  errorLinked: z.boolean(),
  order: z
    .number()
    .int()
    .min(0)
    .max(WIRE_LIMITS.maxChromeFields - 1),
});

/**
 * `form_chrome`: what a form shows, once per form per page version (`hash` of the extracted chrome).
 * `formId` is the same id the form's other events carry.
 */
export const formChromeSchema = z.strictObject({
  ...base,
  kind: z.literal('form_chrome'),
  formId: id,
  hash: z.string().min(1).max(64),
  formTitle: label.optional(),
  fields: z.array(chromeFieldSchema).min(1).max(WIRE_LIMITS.maxChromeFields),
});

/**
 * `survey_answer` (issue 16): the satisfaction micro-survey's 5-point answer after a form success
 * (1 = very dissatisfied … 5 = very satisfied). No free text. `formId`/`service` name the service.
 */
export const surveyAnswerSchema = z.strictObject({
  ...base,
  kind: z.literal('survey_answer'),
  formId: id.optional(),
  service: id.optional(),
  rating: z.number().int().min(1).max(5),
});

export const eventSchema = z.discriminatedUnion('kind', [
  pageViewSchema,
  pageDwellSchema,
  menuOpenSchema,
  menuClickSchema,
  siteSearchSchema,
  fieldDwellSchema,
  inputErrorSchema,
  formStartSchema,
  formSubmitSchema,
  formSuccessSchema,
  formAbandonSchema,
  stepViewSchema,
  rageClickSchema,
  deadClickSchema,
  quickBackSchema,
  customSchema,
  formChromeSchema,
  clickSchema,
  surveyAnswerSchema,
]);

/**
 * Batch envelope. `events` is validated one by one by the collector (see `parseBatch`) so that one
 * bad event does not cost the valid ones beside it; here it is an array of unknowns.
 */
export const batchEnvelopeSchema = z.strictObject({
  v: z.literal(WIRE_VERSION),
  site: z.string().min(1).max(64),
  sid: z.string().min(8).max(64),
  sentAt: z.number().int().min(0),
  events: z.array(z.unknown()).min(1).max(WIRE_LIMITS.maxEventsPerBatch),
});

export type WireEvent = z.infer<typeof eventSchema>;
export type ChromeField = z.infer<typeof chromeFieldSchema>;
export type BatchEnvelope = z.infer<typeof batchEnvelopeSchema>;
export type WireBatch = Omit<BatchEnvelope, 'events'> & { events: WireEvent[] };

/**
 * `POST /v1/replay`: one chunk of an rrweb recording of a sampled session. The SDK masks all inputs
 * and all text before events leave the browser; the collector stores the chunk compressed in
 * `replay_chunks`. `chunk` numbers a session's chunks from 0 so a retried chunk is recognized.
 */
export const replayChunkSchema = z.strictObject({
  v: z.literal(WIRE_VERSION),
  site: z.string().min(1).max(64),
  sid: z.string().min(8).max(64),
  sentAt: z.number().int().min(0),
  chunk: z.number().int().min(0).max(100_000),
  path: path,
  events: z.array(z.record(z.string(), z.unknown())).min(1).max(5000),
});

export type ReplayChunk = z.infer<typeof replayChunkSchema>;
