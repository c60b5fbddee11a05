import { stepProgress } from '../../detectors/step-drop-off.ts';
import { defineSource } from '../source-descriptor.ts';
import { DAYS_FILTER, NO_EXAMPLES, NO_HIST } from './day-filter.ts';

/**
 * `step_progress` rows, key [form_id, step] (steps ≥ 1): the sessions that reached the step and went
 * on the same day — to a later step of the form or to any form's success (daily_forms, see
 * `stepProgress`). The step drop-off detector's lost sessions are `step.reached − progressed`.
 */
export const STEP_PROGRESS_INPUTS = defineSource(
  { progressed: 'progressed' },
  (counts) => `
SELECT day, device, [form_id, toString(step)] AS key, '' AS label, ${counts} AS counts,
       ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b, ${NO_EXAMPLES} AS examples
FROM (${stepProgress(DAYS_FILTER)})`,
);
