import { describeField, isField } from '../capture/forms/identify.ts';
import type { Ctx } from '../core/context.ts';
import { listen } from '../core/listen.ts';
import { isIgnored } from '../privacy/scope.ts';

/** The `field_dwell` event of one field, filled in as it happens (`returns` counts focuses − 1). */
interface FieldStats {
  kind: 'field_dwell';
  formId: string;
  fieldId: string;
  fieldType: string;
  focusMs: number;
  hesitationMs?: number;
  edits: number;
  corrections: number;
  returns: number;
}

/**
 * `field_dwell` per field touched, when the page view ends: focus time, hesitation (focus → first
 * edit), edits, corrections (deletions, from `inputType`) and returns (focuses after the first).
 * Reads only event types, never a field's value.
 */
export function captureFieldDwell(ctx: Ctx): void {
  let fields = new Map<Element, FieldStats>();
  /** When each currently focused field got focus. */
  const since = new Map<Element, number>();
  const statsOf = (el: Element) => {
    let s = fields.get(el);
    if (!s) {
      s = {
        kind: 'field_dwell',
        ...describeField(el),
        focusMs: 0,
        edits: 0,
        corrections: 0,
        returns: -1,
      };
      fields.set(el, s);
    }
    return s;
  };
  /** Adds the focus time up to now (focus ended, or the page view did). */
  const settle = (el: Element, s: FieldStats) => {
    const at = since.get(el);
    if (at !== undefined) s.focusMs += ctx.now_() - at;
    since.delete(el);
  };

  listen(
    'focusin',
    (e) => {
      const el = e.target as Element;
      if (!isField(el) || isIgnored(el)) return;
      statsOf(el).returns++;
      since.set(el, ctx.now_());
    },
    document,
  );
  listen(
    'focusout',
    (e) => {
      const s = fields.get(e.target as Element);
      if (s) settle(e.target as Element, s);
    },
    document,
  );
  listen(
    'input',
    (e) => {
      const el = e.target as Element;
      if (!isField(el) || isIgnored(el)) return;
      const s = statsOf(el);
      if ((e as InputEvent).inputType?.startsWith('delete')) s.corrections++;
      else s.edits++;
      const at = since.get(el);
      if (s.hesitationMs === undefined && at !== undefined) s.hesitationMs = ctx.now_() - at;
    },
    document,
  );
  ctx.on_('leave', () => {
    for (const [el, s] of fields) {
      settle(el, s);
      ctx.emit_({ ...s, returns: Math.max(0, s.returns) });
    }
    fields = new Map();
  });
}
