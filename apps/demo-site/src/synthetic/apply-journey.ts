import type { Random } from '@minwon-ux/testkit/random';
import {
  APPLICATION_FORM_ID,
  APPLICATION_SERVICE_CODE,
  APPLICATION_STEPS,
  applicantFields,
  attachFields,
  contentFields,
} from '../application/fields.ts';
import type { DateStyle } from '../personas.ts';
import { emitErrors, type FieldError } from './field-errors.ts';
import { createFieldTracker, type FieldTracker, type Journey, PAGES, think } from './journey.ts';

const FORM = APPLICATION_FORM_ID;

/** Per-character typing time (ms) at pace 1, and on phones. */
const TYPE_MS = { desktop: 230, mobile: 330, tablet: 300 } as const;

interface StepRun {
  fields: FieldTracker;
  submits: number;
}

function enterStep(j: Journey, step: number): StepRun {
  j.w.visit(PAGES.step(step), { scrollPct: j.r.int(40, 100) });
  j.w.emit({
    kind: 'step_view',
    formId: FORM,
    step,
    stepCount: APPLICATION_STEPS.length,
    label: APPLICATION_STEPS[step - 1],
  });
  return { fields: createFieldTracker(), submits: 0 };
}

/** Types into a field: focus, hesitation, typing, corrections; the first touch of a page emits form_start. */
function typeInto(
  j: Journey,
  run: StepRun,
  fieldId: string,
  fieldType: string,
  chars: number,
  options: { hesitationMs?: number; corrections?: number } = {},
): void {
  if (run.fields.last === undefined && run.submits === 0)
    j.w.emit({ kind: 'form_start', formId: FORM, fieldId, service: APPLICATION_SERVICE_CODE });
  const hesitation = options.hesitationMs ?? j.r.duration(700 * j.persona.pace);
  const corrections = options.corrections ?? (j.r.chance(0.2) ? j.r.int(1, 3) : 0);
  const typing = j.r.duration(chars * TYPE_MS[j.device] * j.persona.pace, 1.3) + corrections * 600;
  j.w.wait(hesitation + typing);
  run.fields.touch(fieldId, fieldType, hesitation + typing, {
    hesitationMs: hesitation,
    edits: chars + corrections,
    corrections,
  });
}

function pick(j: Journey, run: StepRun, fieldId: string, fieldType: string): void {
  if (run.fields.last === undefined && run.submits === 0)
    j.w.emit({ kind: 'form_start', formId: FORM, fieldId, service: APPLICATION_SERVICE_CODE });
  const ms = j.r.duration(1500 * j.persona.pace);
  j.w.wait(ms);
  run.fields.touch(fieldId, fieldType, ms, { hesitationMs: Math.round(ms * 0.6), edits: 1 });
}

/** Submits the step; with errors it is blocked on the client and the errors are shown. */
function submit(j: Journey, run: StepRun, errors: readonly FieldError[]): void {
  run.submits += 1;
  think(j, 900);
  if (errors.length > 0) emitErrors(j, errors);
  j.w.emit({
    kind: 'form_submit',
    formId: FORM,
    blocked: errors.length > 0,
    attempt: run.submits,
    ...(errors.length > 0 ? { errorCount: errors.length } : {}),
  });
}

function leaveApplication(j: Journey, run: StepRun, startedAt: number): void {
  run.fields.flush(j, FORM);
  j.w.emit({
    kind: 'form_abandon',
    formId: FORM,
    ...(run.fields.last ? { fieldId: run.fields.last } : {}),
    durationMs: Math.min(j.w.now - startedAt, 7 * 24 * 3600 * 1000),
  });
  if (j.r.chance(0.3)) {
    j.w.visit(PAGES.home(), { scrollPct: j.r.int(0, 30) });
    think(j, 3000);
  }
  j.w.end();
}

const specMessage = (
  specs: ReturnType<typeof applicantFields>,
  name: string,
  key: 'required' | 'pattern' | 'type' | 'date',
) => specs.find((s) => s.name === name)?.messages[key] ?? '';

/** Step 1: name, phone (the hyphen problem), email, relation. Returns false when the citizen gives up. */
function applicantStep(j: Journey, startedAt: number): boolean {
  const { r, persona } = j;
  const specs = applicantFields(j.fixes);
  const run = enterStep(j, 1);
  think(j, 2500);
  const forgetsName = r.chance(0.02);
  if (!forgetsName) typeInto(j, run, 'applicantName', 'text', 3);
  // a returning visitor remembers that the field wants digits only (memorability)
  let hyphen = r.chance(persona.phoneHyphen * (j.returning ? 0.4 : 1));
  let typo = r.chance(0.03);
  typeInto(j, run, 'phone', 'tel', hyphen ? 13 : 11, {
    hesitationMs: r.duration(j.fixes['phone-hyphen'] ? 600 : 1100),
  });
  const email = r.chance(0.4);
  let emailTypo = email && r.chance(0.05);
  if (email) typeInto(j, run, 'email', 'email', 18);
  let forgetsRelation = r.chance(0.08);
  if (!forgetsRelation) pick(j, run, 'relation', 'select');
  let missingName = forgetsName;

  for (;;) {
    const errors: FieldError[] = [];
    const err = (fieldId: string, fieldType: string, errorKind: FieldError['errorKind'], message: string) =>
      errors.push({ fieldId, fieldType, errorKind, errorSource: 'constraint', message });
    if (missingName) err('applicantName', 'text', 'value_missing', specMessage(specs, 'applicantName', 'required'));
    if ((hyphen && !j.fixes['phone-hyphen']) || typo)
      err('phone', 'tel', 'pattern_mismatch', specMessage(specs, 'phone', 'pattern'));
    if (emailTypo) err('email', 'email', 'type_mismatch', specMessage(specs, 'email', 'type'));
    if (forgetsRelation) err('relation', 'select', 'value_missing', specMessage(specs, 'relation', 'required'));
    submit(j, run, errors);
    if (errors.length === 0) break;
    if (r.chance(persona.giveUpPerError * run.submits)) {
      leaveApplication(j, run, startedAt);
      return false;
    }
    think(j, errors.some((e) => e.fieldId === 'phone') && !j.fixes['phone-hyphen'] ? 6000 : 2500);
    if (missingName) typeInto(j, run, 'applicantName', 'text', 3);
    missingName = false;
    if (errors.some((e) => e.fieldId === 'phone')) {
      // The message does not say what is wrong: some retype the same way once more.
      hyphen = hyphen && !j.fixes['phone-hyphen'] && r.chance(run.submits === 1 ? 0.35 : 0.1);
      typo = false;
      typeInto(j, run, 'phone', 'tel', hyphen ? 13 : 11, { hesitationMs: r.duration(2500), corrections: r.int(2, 8) });
    }
    if (emailTypo) typeInto(j, run, 'email', 'email', 3, { corrections: 2 });
    emailTypo = false;
    if (forgetsRelation) pick(j, run, 'relation', 'select');
    forgetsRelation = false;
  }
  run.fields.flush(j, FORM);
  return true;
}

/** Step 2: the move-in date (the format problem), address (server check), household type, memo. */
function contentStep(j: Journey, startedAt: number): 'gone' | { householdType: string } {
  const { r, persona } = j;
  const specs = contentFields(j.fixes);
  const fixed = j.fixes['date-format'];
  let run = enterStep(j, 2);
  think(j, 2000);
  let style: DateStyle = r.weighted(persona.dateStyle);
  let typo = r.chance(0.025);
  typeInto(j, run, 'moveInDate', 'text', style === 'compact' ? 8 : 10, {
    hesitationMs: fixed ? r.duration(1400) : r.duration(5500, 1.8),
  });
  let noBuildingNumber = r.chance(0.12);
  typeInto(j, run, 'newAddress', 'text', 18);
  if (r.chance(0.45)) typeInto(j, run, 'addressDetail', 'text', 7);
  let forgetsHousehold = r.chance(0.05);
  const householdType = r.chance(0.18) ? 'join' : 'new';
  if (!forgetsHousehold) pick(j, run, 'householdType', 'radio');
  if (r.chance(0.15)) typeInto(j, run, 'memo', 'textarea', 25);

  for (;;) {
    const errors: FieldError[] = [];
    if ((style !== 'compact' && !fixed) || typo) {
      errors.push({
        fieldId: 'moveInDate',
        fieldType: 'text',
        errorKind: 'pattern_mismatch',
        errorSource: 'constraint',
        message: specMessage(specs, 'moveInDate', 'pattern'),
      });
    } else if (r.chance(0.015)) {
      // A date that does not exist (20261131): only the page script's class-based error catches it.
      errors.push({
        fieldId: 'moveInDate',
        fieldType: 'text',
        errorKind: 'custom',
        errorSource: 'class',
        message: specMessage(specs, 'moveInDate', 'date'),
      });
    }
    if (forgetsHousehold)
      errors.push({
        fieldId: 'householdType',
        fieldType: 'radio',
        errorKind: 'value_missing',
        errorSource: 'constraint',
        message: specMessage(specs, 'householdType', 'required'),
      });
    submit(j, run, errors);
    if (errors.length === 0) {
      if (!noBuildingNumber) break;
      // The server refuses the address: the step comes back with a server error.
      run.fields.flush(j, FORM);
      j.w.wait(r.int(150, 500));
      run = enterStep(j, 2);
      emitErrors(j, [
        {
          fieldId: 'newAddress',
          fieldType: 'text',
          errorKind: 'server',
          errorSource: 'server',
          message: '주소를 찾을 수 없습니다. 건물번호까지 도로명주소로 입력해 주세요.',
        },
      ]);
      think(j, 3000);
      if (r.chance(persona.giveUpPerError)) {
        leaveApplication(j, run, startedAt);
        return 'gone';
      }
      typeInto(j, run, 'newAddress', 'text', 6, { corrections: r.int(1, 4) });
      noBuildingNumber = false;
      continue;
    }
    if (r.chance(persona.giveUpPerError * run.submits * (fixed ? 1 : 1.5))) {
      leaveApplication(j, run, startedAt);
      return 'gone';
    }
    if (errors.some((e) => e.fieldId === 'moveInDate')) {
      think(j, fixed ? 2000 : 7000);
      // Nothing says the format: people try another way of writing it.
      style = fixed || r.chance(run.submits === 1 ? 0.55 : 0.8) ? 'compact' : r.pick(['dash', 'dot'] as const);
      typo = false;
      typeInto(j, run, 'moveInDate', 'text', style === 'compact' ? 8 : 10, {
        hesitationMs: r.duration(fixed ? 900 : 3500),
        corrections: r.int(3, 10),
      });
    }
    if (forgetsHousehold) pick(j, run, 'householdType', 'radio');
    forgetsHousehold = false;
  }
  run.fields.flush(j, FORM);
  return { householdType };
}

/** Step 3, 첨부: where people stall while the instruction is vague. */
function attachStep(j: Journey, startedAt: number, householdType: string): boolean {
  const { r, persona, w } = j;
  const fixed = j.fixes['attach-step'];
  let run = enterStep(j, 3);
  const stallMs = fixed ? r.duration(9000 * persona.pace, 1.5) : r.duration(55_000 * persona.pace, 1.7);
  w.wait(stallMs * 0.4);
  if (!fixed && r.chance(0.45)) {
    const x = j.device === 'desktop' ? r.int(90, 160) : r.int(30, 110);
    const y = j.device === 'desktop' ? r.int(520, 545) : r.int(610, 660);
    w.emit({ kind: 'dead_click', element: '구비서류 안내', x, y });
    if (r.chance(0.3)) {
      w.wait(r.int(400, 900));
      w.emit({ kind: 'rage_click', element: '구비서류 안내', x, y, count: r.int(3, 6) });
    }
  }
  w.wait(stallMs * 0.6);
  const leaves = r.chance(fixed ? persona.attachAbandon.fixed : persona.attachAbandon.problem);
  if (leaves) {
    if (r.chance(0.5))
      run.fields.touch('attachment', 'file', r.duration(4000), { hesitationMs: r.duration(3000), edits: 0 });
    leaveApplication(j, run, startedAt);
    return false;
  }
  const needed = householdType === 'join';
  // Unfixed, nobody knows whether a document is needed: some attach something anyway.
  let uploads = fixed ? needed && r.chance(0.95) : r.chance(needed ? 0.55 : 0.3);
  if (uploads)
    run.fields.touch('attachment', 'file', r.duration(15_000 * persona.pace), {
      hesitationMs: r.duration(2000),
      edits: 1,
    });
  for (;;) {
    if (fixed && needed && !uploads) {
      submit(j, run, [
        {
          fieldId: 'attachment',
          fieldType: 'file',
          errorKind: 'value_missing',
          errorSource: 'constraint',
          message: attachFields(j.fixes, 'join')[0]!.messages.required ?? '',
        },
      ]);
    } else {
      submit(j, run, []);
      if (!needed || uploads) break;
      run.fields.flush(j, FORM);
      w.wait(r.int(200, 600));
      run = enterStep(j, 3);
      emitErrors(j, [
        {
          fieldId: 'attachment',
          fieldType: 'file',
          errorKind: 'server',
          errorSource: 'server',
          message: attachFields(j.fixes, 'join')[0]!.messages.required ?? '',
        },
      ]);
    }
    think(j, fixed ? 4000 : 20_000);
    if (r.chance(fixed ? 0.05 : 0.35)) {
      leaveApplication(j, run, startedAt);
      return false;
    }
    uploads = true;
    run.fields.touch('attachment', 'file', r.duration(15_000 * persona.pace), {
      hesitationMs: r.duration(2000),
      edits: 1,
    });
    if (fixed) {
      submit(j, run, []);
      break;
    }
  }
  run.fields.flush(j, FORM);
  return true;
}

/** Step 4 and the receipt. */
function confirmStep(j: Journey, startedAt: number): void {
  const { r } = j;
  const run = enterStep(j, 4);
  think(j, 9000);
  const forgets = r.chance(0.1);
  if (!forgets) pick(j, run, 'agreePrivacy', 'checkbox');
  if (forgets) {
    submit(j, run, [
      {
        fieldId: 'agreePrivacy',
        fieldType: 'checkbox',
        errorKind: 'value_missing',
        errorSource: 'constraint',
        message: '신청하려면 개인정보 수집·이용에 동의해 주세요.',
      },
    ]);
    think(j, 1500);
    pick(j, run, 'agreePrivacy', 'checkbox');
  }
  submit(j, run, []);
  run.fields.flush(j, FORM);
  j.w.wait(r.int(200, 700));
  j.w.visit(PAGES.receipt(), { scrollPct: r.int(40, 100) });
  j.w.emit({ kind: 'form_success', formId: FORM, durationMs: Math.min(j.w.now - startedAt, 7 * 24 * 3600 * 1000) });
  if (j.survey) answerSurvey(j, j.survey);
  think(j, 6000);
  j.w.end({ scrollPct: 100 });
}

/**
 * The satisfaction micro-survey after the receipt (issue 16): about a third answer; the more input
 * errors the session met, the lower the answer (5 with none, about 2 with four or more).
 */
function answerSurvey(j: Journey, r: Random): void {
  if (!r.chance(0.35)) return;
  const errors = [...j.errorCounts.values()].reduce((n, c) => n + c, 0);
  const mean = Math.max(1.5, 4.7 - 0.8 * Math.min(errors, 4));
  const rating = Math.min(5, Math.max(1, Math.round(mean + (r.next() - 0.5) * 1.6)));
  j.w.wait(r.int(2000, 6000));
  j.w.emit({ kind: 'survey_answer', formId: FORM, rating });
}

/**
 * The 4-step application from the service page to the receipt, with the built-in problems acting on
 * the persona as long as they are not fixed.
 *
 * @example
 * runApplication(j); // j.w now holds the session's events
 */
export function runApplication(j: Journey): void {
  think(j, 8000);
  j.w.wait(j.r.int(100, 300));
  const startedAt = j.w.now;
  if (!applicantStep(j, startedAt)) return;
  const content = contentStep(j, startedAt);
  if (content === 'gone') return;
  if (!attachStep(j, startedAt, content.householdType)) return;
  confirmStep(j, startedAt);
}
