import { STEP_DROP_OFF_SQL } from '../../insights/detectors/step-drop-off.ts';
import { filterParams, runQuery } from '../../insights/query.ts';
import type { QueryFilters } from '../../insights/types.ts';
import type { Store } from '../../store/create-store.ts';

export interface StepRow {
  form_id: string;
  step: number;
  label: string;
  reached: number;
  successes: number;
  starters: number;
}

/** Sessions reaching each step (the step drop-off detector's query, shown as a funnel). */
export function queryFormSteps(store: Store, f: QueryFilters): Promise<StepRow[]> {
  return runQuery<StepRow>(store, STEP_DROP_OFF_SQL, filterParams(f));
}
