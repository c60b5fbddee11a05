import type { ErrorKind } from '@minwon-ux/schema';
import { clip } from '../../core/limits.ts';
import { isIgnored, stripQuoted } from '../../privacy/scope.ts';
import { describeField, findField } from '../forms/identify.ts';
import type { ErrorRegistry } from './registry.ts';

/** Source `api`: `reportError(fieldOrId, message?, kind?)`. */
export function reportApiError(errors: ErrorRegistry, fieldOrId: Element | string, message?: string, kind?: ErrorKind) {
  const el = typeof fieldOrId === 'string' ? findField(fieldOrId) : fieldOrId;
  if (isIgnored(el)) return;
  errors.report_({
    ...(el ? describeField(el) : { formId: 'page', fieldId: clip(String(fieldOrId), 128) || 'unknown' }),
    errorKind: kind ?? 'custom',
    errorSource: 'api',
    message: message ? stripQuoted(clip(String(message))) : undefined,
  });
}
