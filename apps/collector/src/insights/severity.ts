import type { InsightKind } from './types.ts';

/**
 * Impact per insight kind: how much the pattern costs one citizen, 0–1.
 * 1.0 the citizen did not get the service (gave up a form or a step); 0.6 repeated errors on a field;
 * 0.5 a wrong turn in the menu or a stall without progress; 0.4 searching the menu; 0.3 a slow field
 * or a broken-looking control; 0.05 clutter (an unused menu item).
 */
export const IMPACT: Record<InsightKind, number> = {
  abandonment_field: 1,
  step_drop_off: 1,
  error_prone_field: 0.6,
  misleading_menu_item: 0.5,
  long_dwell: 0.5,
  menu_hunting: 0.4,
  slow_field: 0.3,
  click_hot_spot: 0.3,
  unused_menu_item: 0.05,
  // markup-aware (issue 14): what the defect costs a citizen it harms; unharmed defects weigh a tenth
  free_text_date: 0.5,
  unlinked_error_message: 0.4,
  unmarked_required_field: 0.4,
  unlabelled_field: 0.3,
  numeric_keyboard_missing: 0.3,
  missing_autocomplete: 0.2,
  // click and scroll maps (issue 18): a control that does nothing; content a citizen may never find
  looks_clickable: 0.3,
  unseen_content: 0.3,
};

/**
 * Severity = affected sessions × impact (rounded to 0.1). Sessions stand in for citizens: the
 * collector keeps no identity across days, so one citizen on two days counts twice.
 *
 * @example
 * severityOf('abandonment_field', 40); // 40
 * severityOf('slow_field', 40); // 12
 */
export function severityOf(kind: InsightKind, affectedSessions: number): number {
  return Math.round(affectedSessions * IMPACT[kind] * 10) / 10;
}

/** Share with 4 decimals, 0 when the population is empty. */
export function shareOf(part: number, population: number): number {
  return population > 0 ? Math.round((part / population) * 10_000) / 10_000 : 0;
}

/** Stable insight id from its kind and target parts. */
export function insightId(kind: InsightKind, ...parts: (string | number)[]): string {
  return encodeURIComponent([kind, ...parts.map(String)].join('~'));
}
