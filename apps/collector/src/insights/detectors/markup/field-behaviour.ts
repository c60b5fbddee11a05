/** One field's figures on one device class over a range. */
export interface DeviceFigures {
  touched: number;
  errorSessions: number;
  /** Median hesitation (focus → first edit), ms; NaN when no dwell was measured. */
  hesitationP50: number;
}

/** One error kind and message shown on a field, with the sessions that saw it. */
export interface FieldError {
  kind: string;
  message: string;
  errors: number;
  sessions: number;
}

/** What citizens did on one field: per device class, and the errors it showed. */
export interface FieldBehaviour {
  formId: string;
  fieldId: string;
  byDevice: Record<string, DeviceFigures>;
  errors: FieldError[];
}

/** Per-device field rows as both the rollup query and the archive give them. */
export interface FieldDeviceRow {
  form_id: string;
  field_id: string;
  device: string;
  touched: number;
  error_sessions: number;
  hesitation_p50: number;
}

/** Field error rows (form, field, kind, message) with their counts. */
export interface FieldErrorRow {
  form_id: string;
  field_id: string;
  error_kind: string;
  error_message: string;
  errors: number;
  sessions: number;
}

const key = (formId: string, fieldId: string) => `${formId}\u0000${fieldId}`;

/**
 * Joins per-device field rows and error rows into one behaviour per field, errors most frequent first.
 *
 * @example
 * const behaviour = fieldBehaviours(deviceRows, errorRows).get('j_idt45\u0000txtMbtlnum');
 */
export function fieldBehaviours(devices: readonly FieldDeviceRow[], errors: readonly FieldErrorRow[]) {
  const out = new Map<string, FieldBehaviour>();
  const of = (formId: string, fieldId: string) => {
    let b = out.get(key(formId, fieldId));
    if (!b) {
      b = { formId, fieldId, byDevice: {}, errors: [] };
      out.set(key(formId, fieldId), b);
    }
    return b;
  };
  for (const r of devices) {
    of(r.form_id, r.field_id).byDevice[r.device] = {
      touched: Number(r.touched),
      errorSessions: Number(r.error_sessions),
      hesitationP50: Number(r.hesitation_p50),
    };
  }
  for (const r of errors) {
    of(r.form_id, r.field_id).errors.push({
      kind: r.error_kind,
      message: r.error_message,
      errors: Number(r.errors),
      sessions: Number(r.sessions),
    });
  }
  for (const b of out.values())
    b.errors.sort((a, c) => c.errors - a.errors || a.kind.localeCompare(c.kind) || a.message.localeCompare(c.message));
  return out;
}

/** All devices summed. */
export function totalsOf(b: FieldBehaviour | undefined): { touched: number; errorSessions: number } {
  const all = Object.values(b?.byDevice ?? {});
  return {
    touched: all.reduce((s, d) => s + d.touched, 0),
    errorSessions: all.reduce((s, d) => s + d.errorSessions, 0),
  };
}

/** Sessions that saw errors of the given kinds (at most the field's error sessions). */
export function errorSessionsOf(b: FieldBehaviour | undefined, kinds: readonly string[]): number {
  const sessions = (b?.errors ?? []).filter((e) => kinds.includes(e.kind)).reduce((s, e) => s + e.sessions, 0);
  return Math.min(sessions, totalsOf(b).errorSessions || sessions);
}
