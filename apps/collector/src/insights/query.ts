import { ROLLUP_FILTER } from '../store/query.ts';

/**
 * Joins each field row `f` (with `form_id`, `field_id`) to `m.top`: its three most shown error
 * messages in the range as `(error_kind, error_message, count)` tuples (the error-prone detector).
 */
export const TOP_FIELD_MESSAGES_JOIN = `LEFT JOIN (
  SELECT form_id, field_id,
         arraySlice(arrayReverseSort(x -> x.3, groupArray((error_kind, error_message, n))), 1, 3) AS top
  FROM (SELECT form_id, field_id, error_kind, error_message, sum(errors) AS n
        FROM minwon_ux.daily_field_errors WHERE ${ROLLUP_FILTER}
        GROUP BY form_id, field_id, error_kind, error_message)
  GROUP BY form_id, field_id
) AS m ON m.form_id = f.form_id AND m.field_id = f.field_id`;
