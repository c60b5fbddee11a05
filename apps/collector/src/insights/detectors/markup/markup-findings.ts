import type { Insight, MarkupInsightKind } from '@minwon-ux/api-contract';
import type { ChromeFieldRow } from '../../labels/chrome-rows.ts';
import type { LabelIndex } from '../../labels/label-index.ts';
import { makeInsight } from '../../make-insight.ts';
import { shareOf } from '../../severity.ts';
import { errorSessionsOf, type FieldBehaviour, totalsOf } from './field-behaviour.ts';
import { markupRecommendation, markupTitle } from './markup-texts.ts';

/** A field needs this many sessions in the range before its markup is judged. */
export const MARKUP_MIN_SESSIONS = 5;
/** A defect with no measured harm ranks as this share of the same defect with harm on every session. */
export const UNHARMED_WEIGHT = 0.1;
/** Each device class needs this many sessions on the field before mobile and desktop are compared. */
export const DEVICE_MIN_SESSIONS = 3;

const FORMAT_ERRORS = ['pattern_mismatch', 'type_mismatch', 'bad_input', 'too_short', 'too_long', 'custom', 'server'];
const TEXT_TYPES = new Set(['text', '', 'textbox', 'search']);
const PURPOSE: [token: string, pattern: RegExp][] = [
  ['tel', /전화|휴대폰|핸드폰|연락처|phone|mobile|telno|mbtl|\btel\b/i],
  ['email', /이메일|전자우편|e-?mail/i],
  ['street-address', /주소|address|addr/i],
  ['name', /성명|이름|\bname\b|Nm$|_nm$/],
];
/** Another person's data (WCAG 1.3.5 is about the user's own): no autocomplete expected. */
const SOMEONE_ELSE = /세대주|대리인|배우자|보호자|부모|자녀|법정대리|가족|동거인|관계인/;
const NUMERIC = /우편번호|zip|postal|주민등록번호|외국인등록번호|사업자등록번호|인증번호|계좌번호/i;
const DATE = /날짜|일자|예정일|생년월일|date|yyyy|birth|ymd|Dt$|_dt$/i;

/** The purpose token a field's label or id suggests (for autocomplete), if any. */
export function purposeOf(chrome: ChromeFieldRow): string | undefined {
  const text = `${chrome.label} ${chrome.field_id}`;
  return PURPOSE.find(([, pattern]) => pattern.test(text))?.[0];
}

interface Finding {
  kind: MarkupInsightKind;
  /** Sessions that showed the harm the defect causes (0: the defect is there, no harm measured). */
  harmed: number;
  metrics?: Record<string, number | string>;
  token?: string;
}

/**
 * The markup-aware findings (issue 14): each field's latest chrome combined with what citizens did on
 * it. A defect with measured harm counts the sessions that showed it (errors on an unlinked message,
 * format errors on a free-text date, value-missing errors on an unmarked required field, mobile
 * errors beyond the desktop rate on a number field without a numeric keypad); a defect without
 * measured harm counts the field's sessions at a tenth of the weight, so it ranks lower.
 *
 * @example
 * const insights = markupInsights(chromeRows, fieldBehaviours(deviceRows, errorRows), buildLabelIndex(chromeRows));
 */
export function markupInsights(
  chrome: readonly ChromeFieldRow[],
  behaviours: ReadonlyMap<string, FieldBehaviour>,
  labels: LabelIndex,
): Insight[] {
  const out: Insight[] = [];
  for (const field of chrome) {
    const b = behaviours.get(`${field.form_id}\u0000${field.field_id}`);
    const { touched, errorSessions } = totalsOf(b);
    if (touched < MARKUP_MIN_SESSIONS) continue;
    for (const finding of findingsOf(field, b, errorSessions)) out.push(toInsight(field, b, touched, finding, labels));
  }
  return out;
}

function findingsOf(field: ChromeFieldRow, b: FieldBehaviour | undefined, errorSessions: number): Finding[] {
  const found: Finding[] = [];
  const text = `${field.label} ${field.field_id}`;
  const choice = ['radio', 'checkbox', 'select'].includes(field.field_type);
  if (!Number(field.programmatic_label)) found.push({ kind: 'unlabelled_field', harmed: errorSessions });
  if (!Number(field.error_linked) && errorSessions > 0)
    found.push({ kind: 'unlinked_error_message', harmed: errorSessions });
  const purpose = purposeOf(field);
  const numeric = purpose === 'tel' || NUMERIC.test(text);
  const keypad =
    ['tel', 'number'].includes(field.field_type) || ['numeric', 'tel', 'decimal'].includes(field.input_mode);
  if (numeric && !keypad && TEXT_TYPES.has(field.field_type)) found.push(mobileHarm(b));
  if (DATE.test(text) && TEXT_TYPES.has(field.field_type) && !choice)
    found.push({ kind: 'free_text_date', harmed: errorSessionsOf(b, FORMAT_ERRORS) });
  const autocomplete = field.autocomplete.trim().toLowerCase();
  const own = !SOMEONE_ELSE.test(field.label);
  if (purpose && own && !choice && (autocomplete === '' || autocomplete === 'on' || autocomplete === 'off'))
    found.push({ kind: 'missing_autocomplete', harmed: errorSessions, token: purpose });
  const missing = errorSessionsOf(b, ['value_missing']);
  if (!Number(field.required_mark) && (Number(field.required) || missing > 0))
    found.push({ kind: 'unmarked_required_field', harmed: missing });
  return found;
}

/** Mobile (and tablet) against desktop: excess errors, else longer hesitation, on the same field. */
function mobileHarm(b: FieldBehaviour | undefined): Finding {
  const d = b?.byDevice ?? {};
  const mobile = [d.mobile, d.tablet].filter((x) => !!x);
  const mTouched = mobile.reduce((s, x) => s + x.touched, 0);
  const mErrors = mobile.reduce((s, x) => s + x.errorSessions, 0);
  const hesitations = mobile.map((x) => x.hesitationP50).filter(Number.isFinite);
  const mHesitation = hesitations.length > 0 ? Math.max(...hesitations) : Number.NaN;
  const desk = d.desktop;
  const metrics: Record<string, number | string> = { mobileSessions: mTouched, desktopSessions: desk?.touched ?? 0 };
  if (!desk || desk.touched < DEVICE_MIN_SESSIONS || mTouched < DEVICE_MIN_SESSIONS)
    return { kind: 'numeric_keyboard_missing', harmed: 0, metrics };
  const mRate = shareOf(mErrors, mTouched);
  const dRate = shareOf(desk.errorSessions, desk.touched);
  Object.assign(metrics, { mobileErrorRate: mRate, desktopErrorRate: dRate });
  if (Number.isFinite(mHesitation) && Number.isFinite(desk.hesitationP50))
    Object.assign(metrics, { mobileHesitationMs: mHesitation, desktopHesitationMs: desk.hesitationP50 });
  if (mRate > dRate)
    return { kind: 'numeric_keyboard_missing', harmed: Math.round(mErrors - dRate * mTouched), metrics };
  if (mHesitation > desk.hesitationP50) return { kind: 'numeric_keyboard_missing', harmed: mTouched, metrics };
  return { kind: 'numeric_keyboard_missing', harmed: 0, metrics };
}

function toInsight(
  field: ChromeFieldRow,
  b: FieldBehaviour | undefined,
  touched: number,
  f: Finding,
  labels: LabelIndex,
): Insight {
  const name = labels.name(field.form_id, field.field_id);
  const top = b?.errors[0];
  const harmed = Math.max(0, f.harmed);
  const affected = harmed > 0 ? harmed : touched;
  const insight = makeInsight(f.kind, [field.form_id, field.field_id], {
    title: markupTitle(f.kind, name),
    target: { formId: field.form_id, fieldId: field.field_id },
    affectedSessions: affected,
    population: touched,
    evidence: {
      chart: ['unlabelled_field', 'missing_autocomplete'].includes(f.kind) ? 'forms.hesitation' : 'forms.errors',
      metrics: {
        measuredHarm: harmed > 0 ? 1 : 0,
        harmedSessions: harmed,
        fieldSessions: touched,
        labelSource: field.label_source,
        fieldType: field.field_type,
        ...(field.input_mode ? { inputMode: field.input_mode } : {}),
        ...(field.autocomplete ? { autocomplete: field.autocomplete } : {}),
        ...f.metrics,
      },
      details: { topMessages: (b?.errors ?? []).slice(0, 3), chrome: field },
    },
    recommendation: markupRecommendation(f.kind, { name, message: top?.message ?? '', token: f.token ?? '' }),
  });
  if (harmed > 0) return insight;
  // no measured harm: a tenth of the impact, so severity = affected sessions × impact still holds
  const impact = Math.round(insight.impact * UNHARMED_WEIGHT * 1000) / 1000;
  return { ...insight, impact, severity: Math.round(affected * impact * 10) / 10 };
}

/**
 * One entry per markup-aware kind for a detector table (`Record<InsightKind, …>`), each filtering
 * the findings computed once, on first use.
 *
 * @example
 * const byKind = { ...otherKinds, ...markupKinds(() => markupInsights(chrome, behaviours, labels)) };
 */
export function markupKinds(find: () => Insight[]): Record<MarkupInsightKind, () => Insight[]> {
  let found: Insight[] | undefined;
  const of = (kind: MarkupInsightKind) => () => {
    found ??= find();
    return found.filter((i) => i.kind === kind);
  };
  return {
    unlabelled_field: of('unlabelled_field'),
    unlinked_error_message: of('unlinked_error_message'),
    numeric_keyboard_missing: of('numeric_keyboard_missing'),
    free_text_date: of('free_text_date'),
    missing_autocomplete: of('missing_autocomplete'),
    unmarked_required_field: of('unmarked_required_field'),
  };
}
