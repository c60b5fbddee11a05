/** Kinds of input the application uses. */
export type FieldKind = 'text' | 'tel' | 'email' | 'select' | 'radio' | 'textarea' | 'checkbox' | 'file';

/** Messages per failed check; the page script and the server use the same texts. */
export interface FieldMessages {
  required?: string;
  pattern?: string;
  type?: string;
  tooLong?: string;
  date?: string;
}

/** One field of the application: markup attributes and the checks both sides run. */
export interface FieldSpec {
  name: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  /** HTML `pattern` (implicitly anchored), enforced by the browser and the server alike. */
  pattern?: string;
  maxLength?: number;
  placeholder?: string;
  inputMode?: 'numeric' | 'tel' | 'email' | 'text';
  autocomplete?: string;
  /** Help text under the field (`p.form-hint`). */
  hint?: string;
  /** A check only the page script and server run (no constraint attribute): `date` = a real calendar date. */
  rule?: 'date';
  options?: readonly { value: string; label: string }[];
  accept?: string;
  messages: FieldMessages;
}

/** What a field shows now: the submitted value and, after a failed submit, its error. */
export interface FieldState {
  value?: string;
  error?: string;
}
