import type { ErrorKind, ErrorSource } from '@minwon-ux/schema';
import type { Ctx } from '../../core/context.ts';
import { readJson, write } from '../../core/storage.ts';

/** One error seen by a source, before de-duplication (wire field names: it becomes the event). */
export interface ErrorReport {
  formId: string;
  fieldId: string;
  fieldType?: string;
  errorKind: ErrorKind;
  errorSource: ErrorSource;
  message?: string;
}

/** De-duplication key of an error: its form and field. */
export const errorKey = (r: { formId: string; fieldId: string }) => `${r.formId}\u0000${r.fieldId}`;

/** Sources that report within this window of each other describe the same visible error. */
export const MERGE_MS = 150;
const KEY = 'mux:a';

/**
 * De-duplicates errors across sources so one visible error is one `input_error`: an error is
 * reported once while it stays visible in a submit round; reports of the same field within
 * {@link MERGE_MS} are merged (first source wins, a later one may add the message or a precise kind).
 * Attempts count per field across page loads of the session (server re-renders continue the count).
 *
 * @example
 * const errors = createErrorRegistry(ctx, (formId) => forms.countError_(formId));
 * errors.report_({ formId: 'apply', fieldId: 'phone', errorKind: 'value_missing', errorSource: 'constraint' });
 */
export function createErrorRegistry(ctx: Ctx, onError: (formId: string) => void) {
  const attempts: Record<string, number> = readJson('sessionStorage', KEY) ?? {};
  const rounds = new Map<string, number>();
  const shown = new Map<string, number>(); // key → round in which it was reported while visible
  const pending = new Map<string, ErrorReport>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    for (const [key, r] of pending) {
      const attempt = (attempts[key] ?? 0) + 1;
      attempts[key] = attempt;
      ctx.emit_({ kind: 'input_error', ...r, message: r.message || undefined, attempt: Math.min(attempt, 10_000) });
      onError(r.formId);
    }
    pending.clear();
    for (const k of Object.keys(attempts).slice(0, -50)) delete attempts[k];
    write('sessionStorage', KEY, JSON.stringify(attempts));
  };
  ctx.on_('hide', flush);
  ctx.on_('leave', flush);
  ctx.on_('enter', () => shown.clear());

  return {
    report_(r: ErrorReport): void {
      const key = errorKey(r);
      const merging = pending.get(key);
      if (merging) {
        merging.message ??= r.message;
        if (merging.errorKind === 'custom') merging.errorKind = r.errorKind;
        return;
      }
      const round = rounds.get(r.formId) ?? 0;
      if (shown.get(key) === round) return;
      shown.set(key, round);
      pending.set(key, { ...r });
      timer ??= setTimeout(flush, MERGE_MS);
    },
    /** The error of a field is no longer visible: the next one is a new event. */
    clear_(r: { formId: string; fieldId: string }): void {
      shown.delete(errorKey(r));
    },
    /** A new submit attempt of a form starts: errors still shown count again. */
    round_(formId: string): void {
      rounds.set(formId, (rounds.get(formId) ?? 0) + 1);
    },
  };
}
export type ErrorRegistry = ReturnType<typeof createErrorRegistry>;
