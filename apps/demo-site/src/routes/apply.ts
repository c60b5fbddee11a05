import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Draft } from '../application/draft-store.ts';
import type { FieldSpec } from '../application/field-spec.ts';
import { applicantFields, attachFields, confirmFields, contentFields } from '../application/fields.ts';
import { serverChecks } from '../application/server-checks.ts';
import { type FieldErrors, type Submission, validateFields } from '../application/validate.ts';
import type { FixFlags } from '../problems.ts';
import { pageContext, type SiteState } from '../site-state.ts';
import { renderAttachStep } from '../templates/apply/attach-step.ts';
import { renderConfirmStep, type SummaryRow } from '../templates/apply/confirm-step.ts';
import { renderFieldsStep } from '../templates/apply/fields-step.ts';
import { renderReceiptPage } from '../templates/apply/receipt-page.ts';

const COOKIE = 'demo_draft';
const BASE = '/apply/move-in';
const MAX_RECEIPTS = 10_000;

function specsFor(step: number, fixes: FixFlags, draft: Draft): FieldSpec[] {
  if (step === 1) return applicantFields(fixes);
  if (step === 2) return contentFields(fixes);
  if (step === 3) return attachFields(fixes, draft.values.householdType);
  return confirmFields();
}

function optionLabel(specs: readonly FieldSpec[], name: string, value: string | undefined): string {
  const spec = specs.find((s) => s.name === name);
  return spec?.options?.find((o) => o.value === value)?.label ?? value ?? '';
}

function summaryRows(fixes: FixFlags, draft: Draft): SummaryRow[] {
  const v = draft.values;
  const step1 = applicantFields(fixes);
  const step2 = contentFields(fixes);
  return [
    { label: '신청인 성명', value: v.applicantName ?? '' },
    { label: '휴대전화 번호', value: v.phone ?? '' },
    { label: '이메일', value: v.email ?? '' },
    { label: '신고인과의 관계', value: optionLabel(step1, 'relation', v.relation) },
    { label: '전입일자', value: v.moveInDate ?? '' },
    { label: '새 주소', value: [v.newAddress, v.addressDetail].filter(Boolean).join(' ') },
    { label: '세대 구성', value: optionLabel(step2, 'householdType', v.householdType) },
    { label: '기타 요청사항', value: v.memo ?? '' },
    { label: '첨부 서류', value: draft.attachmentName ?? '없음' },
  ];
}

async function readSubmission(c: Context): Promise<Submission> {
  const body = await c.req.parseBody();
  const values: Record<string, string> = {};
  const files: Record<string, { name: string; size: number }> = {};
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') values[key] = value;
    else if (value instanceof File) files[key] = { name: value.name, size: value.size };
  }
  return { values, files };
}

/**
 * The 4-step 전입신고 application (신청인 정보 → 민원 내용 → 첨부 → 확인·제출) and its receipt. Each
 * POST is validated again on the server; a failed one re-renders the step with KRDS error states.
 * Drafts live on the server, keyed by a cookie.
 *
 * @example
 * app.route('/', createApplyRoutes(state));
 */
export function createApplyRoutes(state: SiteState): Hono {
  const app = new Hono();

  const loadDraft = (c: Context): [string, Draft] | undefined => {
    const id = getCookie(c, COOKIE);
    const draft = id ? state.drafts.get(id) : undefined;
    return id && draft ? [id, draft] : undefined;
  };
  const newDraft = (c: Context): [string, Draft] => {
    const id = crypto.randomUUID();
    const draft: Draft = { values: {}, completed: 0, startedAt: state.now().getTime() };
    state.drafts.set(id, draft);
    setCookie(c, COOKIE, id, { path: BASE, httpOnly: true, sameSite: 'Lax' });
    return [id, draft];
  };

  const renderStep = (c: Context, step: number, draft: Draft, errors: FieldErrors = {}, values = draft.values) => {
    const ctx = pageContext(state, c.req.path);
    const fixes = ctx.fixes;
    if (step === 3) {
      const spec = attachFields(fixes, draft.values.householdType)[0]!;
      return c.html(
        renderAttachStep(ctx, {
          spec,
          householdType: draft.values.householdType,
          attachmentName: draft.attachmentName,
          errors,
          fixed: fixes['attach-step'],
        }).value,
      );
    }
    if (step === 4)
      return c.html(
        renderConfirmStep(ctx, { rows: summaryRows(fixes, draft), consent: confirmFields()[0]!, values, errors }).value,
      );
    const intro = step === 1 ? '신고하는 분의 정보를 입력하세요.' : '이사한 날짜와 새 주소를 입력하세요.';
    return c.html(renderFieldsStep(ctx, { step, intro, specs: specsFor(step, fixes, draft), values, errors }).value);
  };

  const stepOf = (c: Context): number | undefined => {
    const step = Number(c.req.param('step'));
    return Number.isInteger(step) && step >= 1 && step <= 4 ? step : undefined;
  };

  app.get(BASE, (c) => c.redirect(`${BASE}/1`, 302));

  app.get(`${BASE}/complete`, (c) => {
    const number = c.req.query('no') ?? '';
    const receivedAt = state.receipts.get(number);
    if (!receivedAt) return c.redirect('/', 302);
    return c.html(renderReceiptPage(pageContext(state, c.req.path), { receiptNumber: number, receivedAt }).value);
  });

  app.get(`${BASE}/:step`, (c) => {
    const step = stepOf(c);
    if (!step) return c.notFound();
    const found = loadDraft(c) ?? (step === 1 ? newDraft(c) : undefined);
    if (!found) return c.redirect(`${BASE}/1`, 302);
    const [, draft] = found;
    if (step > draft.completed + 1) return c.redirect(`${BASE}/${draft.completed + 1}`, 302);
    return renderStep(c, step, draft);
  });

  app.post(`${BASE}/:step`, async (c) => {
    const step = stepOf(c);
    if (!step) return c.notFound();
    const found = loadDraft(c) ?? (step === 1 ? newDraft(c) : undefined);
    if (!found) return c.redirect(`${BASE}/1`, 303);
    const [id, draft] = found;
    if (step > draft.completed + 1) return c.redirect(`${BASE}/${draft.completed + 1}`, 303);
    const fixes = state.fixes.get();
    const submission = await readSubmission(c);
    const errors = {
      ...validateFields(specsFor(step, fixes, draft), submission),
      ...serverChecks(step, submission, fixes, draft.values, state.now()),
    };
    if (Object.keys(errors).length > 0)
      return renderStep(c, step, draft, errors, { ...draft.values, ...submission.values });

    const attachment = submission.files?.attachment;
    const next: Draft = {
      ...draft,
      values: { ...draft.values, ...submission.values },
      completed: Math.max(draft.completed, step),
      attachmentName:
        step === 3 ? (attachment && attachment.size > 0 ? attachment.name : undefined) : draft.attachmentName,
    };
    if (step < 4) {
      state.drafts.set(id, next);
      return c.redirect(`${BASE}/${step + 1}`, 303);
    }
    const receivedAt = state.now();
    const number = state.nextReceiptNumber(receivedAt);
    state.receipts.set(number, receivedAt);
    if (state.receipts.size > MAX_RECEIPTS) state.receipts.delete(state.receipts.keys().next().value!);
    state.drafts.delete(id);
    deleteCookie(c, COOKIE, { path: BASE });
    return c.redirect(`${BASE}/complete?no=${encodeURIComponent(number)}`, 303);
  });

  return app;
}
