import type { z } from 'zod';
import { batchEnvelopeSchema, eventSchema, replayChunkSchema } from './wire.ts';

/** The parts of zod's schema definitions the field walk reads (zod 4's `_zod.def`). */
interface SchemaDef {
  type: string;
  shape?: Record<string, unknown>;
  options?: readonly unknown[];
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
  left?: unknown;
  right?: unknown;
  items?: readonly unknown[];
}

function defOf(schema: unknown): SchemaDef | undefined {
  return (schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;
}

/**
 * Every object key the schemas declare, found by walking their definitions (objects, unions, arrays,
 * optional/default wrappers, pipes, tuples). Record keys (props) are free text and not included.
 */
function fieldNames(schemas: readonly unknown[]): Set<string> {
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (schema: unknown): void => {
    const def = defOf(schema);
    if (!def || seen.has(schema)) return;
    seen.add(schema);
    if (def.shape) {
      for (const [name, child] of Object.entries(def.shape)) {
        names.add(name);
        walk(child);
      }
    }
    for (const child of [...(def.options ?? []), ...(def.items ?? [])]) walk(child);
    for (const child of [def.element, def.innerType, def.in, def.out, def.left, def.right]) walk(child);
  };
  for (const schema of schemas) walk(schema);
  return names;
}

/** Field names of the wire contract (wire.ts): the only path segments a reason may name. */
export const WIRE_FIELDS: ReadonlySet<string> = fieldNames([batchEnvelopeSchema, eventSchema, replayChunkSchema]);

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
 * wire-contract field names (props keys, unknown fields) become `*`, and messages come from a fixed
 * list. Safe to send back to the client.
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
