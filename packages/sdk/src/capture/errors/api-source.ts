import type { ErrorKind } from '@minwon-ux/schema';
import { clip } from '../../core/limits.ts';
import { isIgnored, stripQuoted } from '../../privacy/scope.ts';
import { fieldIdOf, fieldTypeOf, findField, formIdOf, formOf } from '../forms/identify.ts';
import type { ErrorRegistry } from './registry.ts';

/** Source `api`: `reportError(fieldOrId, message?, kind?)`. */
export function reportApiError(errors: ErrorRegistry, fieldOrId: Element | string, message?: string, kind?: ErrorKind) {
  const el = typeof fieldOrId === 'string' ? findField(fieldOrId) : fieldOrId;
  if (isIgnored(el)) return;
  const text = message ? stripQuoted(clip(String(message))) : undefined;
  errors.report_({
    formId: formIdOf(el && formOf(el)),
    fieldId: el ? fieldIdOf(el) : clip(String(fieldOrId), 128) || 'unknown',
    fieldType: el ? fieldTypeOf(el) : undefined,
    errorKind: kind ?? 'custom',
    errorSource: 'api',
    message: text,
  });
}
