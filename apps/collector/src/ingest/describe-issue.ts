import type { z } from 'zod';

/** Field names of the wire contract: the only path segments a reason may name. */
const WIRE_FIELDS = new Set(
  `v site sid sentAt events chunk path id seq t title referrer vw lang kind label trail depth target menuId
  engagedMs visibleMs totalMs scrollPct formId fieldId fieldType focusMs hesitationMs edits corrections returns
  errorKind errorSource message attempt blocked errorCount durationMs step stepCount element x y count name props
  hash formTitle fields labelSource required requiredMark inputMode autocomplete hint errorLinked order`.split(/\s+/),
);

function describeMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_big':
      return `too big (at most ${String(issue.maximum)})`;
    case 'too_small':
      return `too small (at least ${String(issue.minimum)})`;
    case 'invalid_format':
      return `invalid ${issue.format}`;
    case 'unrecognized_keys':
      return `${issue.keys.length} unknown field(s)`;
    case 'invalid_value':
      return 'not an allowed value';
    case 'invalid_union':
      return 'unknown or invalid kind';
    case 'not_multiple_of':
      return 'not an integer';
    default:
      return 'invalid';
  }
}

/**
 * Describes the first problem zod found without echoing the input: path segments that are not
 * contract field names (props keys, unknown fields) become `*`, and messages come from a fixed list.
 *
 * @example
 * describeIssue(eventSchema.safeParse(event).error!); // 'errorKind: not an allowed value'
 */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path
    .map((p) => (typeof p === 'number' ? String(p) : typeof p === 'string' && WIRE_FIELDS.has(p) ? p : '*'))
    .join('.');
  const message = describeMessage(issue);
  return where ? `${where}: ${message}` : message;
}
