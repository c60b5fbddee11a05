import type { ErrorKind } from '@minwon-ux/schema';
import { clip } from '../../core/limits.ts';
import { isIgnored, stripQuoted } from '../../privacy/scope.ts';
import { fieldIdOf, fieldTypeOf, formIdOf, formOf } from '../forms/identify.ts';
import type { ErrorRegistry } from './registry.ts';

/** Finds a field by `data-ux-field`, `name` or `id`. */
export function findField(id: string): Element | null {
  const q = CSS.escape(id);
  return document.querySelector(`[data-ux-field="${q}"],[name="${q}"],#${q}`);
}

/** Source `api`: `reportError(fieldOrId, message?, kind?)`. */
export function reportApiError(errors: ErrorRegistry, fieldOrId: Element | string, message?: string, kind?: ErrorKind) {
  const el = typeof fieldOrId === 'string' ? findField(fieldOrId) : fieldOrId;
  if (isIgnored(el)) return;
  const text = message ? stripQuoted(clip(String(message))) : undefined;
  errors.report({
    formId: formIdOf(el && formOf(el)),
    fieldId: el ? fieldIdOf(el) : clip(String(fieldOrId), 128) || 'unknown',
    fieldType: el ? fieldTypeOf(el) : undefined,
    kind: kind ?? 'custom',
    source: 'api',
    message: text,
  });
}
