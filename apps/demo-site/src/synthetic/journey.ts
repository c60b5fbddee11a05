import type { Random } from '@minwon-ux/testkit/random';
import { type MenuSection, SERVICES } from '../catalog.ts';
import { documentTitle, stepPageTitle } from '../page-titles.ts';
import type { Device, Persona } from '../personas.ts';
import type { FixFlags } from '../problems.ts';
import type { PageRef, SessionWriter } from './session-writer.ts';

/** Everything a synthetic journey needs: the writer, randomness, who, and what the site looks like then. */
export interface Journey {
  w: SessionWriter;
  r: Random;
  persona: Persona;
  device: Device;
  /** KRDS hides the desktop main menu below 1024 px: narrower screens navigate by cards and search. */
  wideScreen: boolean;
  fixes: FixFlags;
  menu: readonly MenuSection[];
  /** Per field, how many errors it has shown in this session (the `attempt` of the next one). */
  errorCounts: Map<string, number>;
  /** A separate random source for the satisfaction survey (so answers never shift the journeys). */
  survey?: Random;
  /** The visitor has used the site before (and remembers its quirks). */
  returning?: boolean;
}

/** Pages of the demo site, with the titles the site renders. */
export const PAGES = {
  home: (): PageRef => ({ path: '/', title: documentTitle('홈') }),
  category: (section: MenuSection): PageRef => ({
    path: `/category/${section.slug}`,
    title: documentTitle(section.label),
  }),
  service: (slug: string): PageRef => ({
    path: `/services/${slug}`,
    title: documentTitle(SERVICES.find((s) => s.slug === slug)?.title ?? slug),
  }),
  search: (): PageRef => ({ path: '/search', title: documentTitle('통합검색') }),
  step: (step: number): PageRef => ({ path: `/apply/move-in/${step}`, title: documentTitle(stepPageTitle(step)) }),
  receipt: (): PageRef => ({ path: '/apply/move-in/complete', title: documentTitle('접수 완료') }),
} as const;

/**
 * Waits a human-scale time: log-normal around `medianMs`, scaled by the persona's pace.
 *
 * @example
 * think(j, 3000);
 */
export function think(j: Journey, medianMs: number, spread = 1.6): void {
  j.w.wait(j.r.duration(medianMs * j.persona.pace, spread));
}

/** Per-page field interaction totals, emitted as `field_dwell` when the page is left (as the SDK does). */
export interface FieldTracker {
  touch(
    fieldId: string,
    fieldType: string,
    focusMs: number,
    options?: { hesitationMs?: number; edits?: number; corrections?: number },
  ): void;
  /** The last field touched, for `form_abandon`. */
  readonly last: string | undefined;
  flush(j: Journey, formId: string): void;
}

/**
 * Creates a field tracker for one page view.
 *
 * @example
 * const fields = createFieldTracker();
 * fields.touch('phone', 'tel', 4200, { hesitationMs: 800, edits: 11 });
 */
export function createFieldTracker(): FieldTracker {
  const totals = new Map<
    string,
    { fieldType: string; focusMs: number; hesitationMs?: number; edits: number; corrections: number; visits: number }
  >();
  let last: string | undefined;
  return {
    touch(fieldId, fieldType, focusMs, options = {}) {
      const current = totals.get(fieldId);
      if (current) {
        current.focusMs += focusMs;
        current.edits += options.edits ?? 0;
        current.corrections += options.corrections ?? 0;
        current.visits += 1;
      } else {
        totals.set(fieldId, {
          fieldType,
          focusMs,
          hesitationMs: options.hesitationMs,
          edits: options.edits ?? 0,
          corrections: options.corrections ?? 0,
          visits: 1,
        });
      }
      last = fieldId;
    },
    get last() {
      return last;
    },
    flush(j, formId) {
      for (const [fieldId, t] of totals) {
        j.w.emit({
          kind: 'field_dwell',
          formId,
          fieldId,
          fieldType: t.fieldType,
          focusMs: Math.round(t.focusMs),
          ...(t.hesitationMs !== undefined ? { hesitationMs: Math.round(t.hesitationMs) } : {}),
          edits: t.edits,
          corrections: t.corrections,
          returns: t.visits - 1,
        });
      }
      totals.clear();
    },
  };
}
