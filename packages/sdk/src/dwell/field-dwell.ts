import { fieldIdOf, fieldTypeOf, formIdOf, formOf, isField } from '../capture/forms/identify.ts';
import type { Ctx } from '../core/context.ts';
import { listen } from '../core/listen.ts';
import { isIgnored } from '../privacy/scope.ts';

interface FieldStats {
  formId: string;
  fieldId: string;
  fieldType: string;
  focusMs: number;
  since?: number;
  hesitationMs?: number;
  edits: number;
  corrections: number;
  focuses: number;
}

/**
 * `field_dwell` per field touched, when the page view ends: focus time, hesitation (focus → first
 * edit), edits, corrections (deletions, from `inputType`) and returns (focuses after the first).
 * Reads only event types, never a field's value.
 */
export function captureFieldDwell(ctx: Ctx): void {
  let fields = new Map<Element, FieldStats>();
  const statsOf = (el: Element) => {
    let s = fields.get(el);
    if (!s) {
      s = {
        formId: formIdOf(formOf(el)),
        fieldId: fieldIdOf(el),
        fieldType: fieldTypeOf(el),
        focusMs: 0,
        edits: 0,
        corrections: 0,
        focuses: 0,
      };
      fields.set(el, s);
    }
    return s;
  };
  const tracked = (e: Event) => isField(e.target) && !isIgnored(e.target as Element);

  listen(
    'focusin',
    (e) => {
      if (!tracked(e)) return;
      const s = statsOf(e.target as Element);
      s.since = ctx.now();
      s.focuses++;
    },
    document,
  );
  listen(
    'focusout',
    (e) => {
      const s = fields.get(e.target as Element);
      if (s?.since === undefined) return;
      s.focusMs += ctx.now() - s.since;
      s.since = undefined;
    },
    document,
  );
  const edit = (e: Event) => {
    if (!tracked(e)) return;
    const s = statsOf(e.target as Element);
    const type = (e as InputEvent).inputType ?? '';
    if (type.startsWith('delete')) s.corrections++;
    else s.edits++;
    if (s.hesitationMs === undefined && s.since !== undefined) s.hesitationMs = ctx.now() - s.since;
  };
  listen('input', edit, document);
  ctx.on('leave', () => {
    const now = ctx.now();
    for (const s of fields.values()) {
      const focusMs = s.focusMs + (s.since !== undefined ? now - s.since : 0);
      ctx.emit({
        kind: 'field_dwell',
        formId: s.formId,
        fieldId: s.fieldId,
        fieldType: s.fieldType,
        focusMs,
        hesitationMs: s.hesitationMs,
        edits: s.edits,
        corrections: s.corrections,
        returns: Math.max(0, s.focuses - 1),
      });
    }
    fields = new Map();
  });
}
