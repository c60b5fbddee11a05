import { clip } from '../../core/limits.ts';
import { listen } from '../../core/listen.ts';
import { isIgnored, stripQuoted } from '../../privacy/scope.ts';
import { describeField, isField } from '../forms/identify.ts';
import type { ErrorRegistry } from './registry.ts';
import { errorKindOf } from './validity.ts';

/**
 * Source `constraint`: the browser's `invalid` event with its ValidityState. Only a site's own
 * `setCustomValidity` text is kept as message: Chrome's native messages can quote what was typed.
 */
export function captureConstraintErrors(errors: ErrorRegistry): void {
  listen(
    'invalid',
    (e) => {
      const el = e.target as HTMLInputElement;
      if (!isField(el) || isIgnored(el)) return;
      const { validity } = el;
      errors.report_({
        ...describeField(el),
        errorKind: errorKindOf(validity),
        errorSource: 'constraint',
        message: validity.customError ? stripQuoted(clip(el.validationMessage)) : undefined,
      });
    },
    document,
  );
  const recheck = (e: Event) => {
    const el = e.target as HTMLInputElement;
    if (isField(el) && el.validity?.valid) errors.clear_(describeField(el));
  };
  listen('input', recheck, document);
  listen('change', recheck, document);
}
