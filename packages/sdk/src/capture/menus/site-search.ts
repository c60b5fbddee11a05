import type { Ctx } from '../../core/context.ts';
import { isIgnored } from '../../privacy/scope.ts';
import { formIdOf } from '../forms/identify.ts';

/** A search form: `role=search`, inside a `search` element, or with a search-type/named input. */
export const isSearchForm = (form: Element): boolean =>
  form.matches('[role=search],search *') ||
  !!form.querySelector(
    'input[type=search],[role=searchbox],input[name=q],input[name=query],input[name*=search],input[name*=keyword],input[name*=srch]',
  );

/** `site_search` when a search form is submitted; the query text is never read. */
export function captureSiteSearch(ctx: Ctx): void {
  addEventListener('submit', (e) => {
    const form = e.target as Element;
    if (isSearchForm(form) && !isIgnored(form)) ctx.emit_({ kind: 'site_search', formId: formIdOf(form) });
  });
}
