import type { Ctx } from '../core/context.ts';
import type { DomObserver } from '../core/dom-observer.ts';
import { safeText } from '../privacy/scope.ts';
import { formIdOf } from './forms/identify.ts';
import { isSearchForm } from './menus/site-search.ts';

const CURRENT = '.krds-step-wrap li.active,[data-ux-steps] [aria-current=step],ol [aria-current=step]';

/** The current step of a step indicator (KRDS `.krds-step-wrap li.active`, or `aria-current=step`). */
export function findStep(): { step: number; stepCount?: number; label?: string } | undefined {
  const li = document.querySelector(CURRENT)?.closest('li');
  const items = li?.parentElement && [...li.parentElement.children].filter((c) => c.tagName === 'LI');
  return items
    ? {
        step: items.indexOf(li) + 1,
        stepCount: Math.min(100, items.length),
        label: safeText(li.querySelector('.step-tit') ?? li),
      }
    : undefined;
}

/** A step number in the path: `/apply/step-2`, `/step2`, `/단계3`. */
export function stepFromPath(path: string): number | undefined {
  const m = /(?:step|단계)[-_]?(\d{1,2})(?!\d)/i.exec(path);
  return m ? Number(m[1]) : undefined;
}

/** `step_view` whenever the current step of a multi-step application changes. */
export function captureSteps(ctx: Ctx, dom: DomObserver): void {
  let last = '';
  const check = () => {
    const found = findStep() ?? { step: stepFromPath(ctx.page_.path) ?? 0 };
    const key = `${found.step}|${found.label}`;
    if (!(found.step > 0 && found.step <= 100) || key === last) return;
    last = key;
    // the form the step belongs to, named as its form events name it (so a step ties to its success)
    const form = document.querySelector('[data-ux-form]') ?? [...document.forms].find((f) => !isSearchForm(f));
    ctx.emit_({ kind: 'step_view', ...found, formId: form && formIdOf(form) });
  };
  ctx.on_('enter', () => {
    last = '';
    check();
  });
  dom.later_(200, check);
}
