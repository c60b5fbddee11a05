import { describeIssue } from './describe-issue.ts';
import { type BatchEnvelope, batchEnvelopeSchema, eventSchema, type WireEvent } from './wire.ts';

/** Why one event of a batch was refused; never carries the event's content. */
export interface RejectedEvent {
  index: number;
  /** `invalid_event`: against the wire contract; `duplicate_event`: its id came earlier in the batch. */
  code: 'invalid_event' | 'duplicate_event';
  /** The first problem, safe to send back (`describeIssue`), e.g. `errorKind: not an allowed value`. */
  reason: string;
}

export type ParsedBatch =
  | {
      ok: true;
      envelope: Omit<BatchEnvelope, 'events'>;
      events: WireEvent[];
      /** The batch index of each valid event. */
      indices: number[];
      rejected: RejectedEvent[];
    }
  | { ok: false; code: 'invalid_batch'; reason: string };

/**
 * Validates a decoded batch body, the one validator of the wire contract (the collector's ingest and
 * the tests use it): the envelope must be valid as a whole; events are validated one by one so the
 * valid ones survive beside invalid ones, and an event id repeated inside the batch counts once.
 * Reasons never echo the input (`describeIssue`).
 *
 * @example
 * const parsed = parseBatch(JSON.parse(body));
 * if (!parsed.ok) return c.json({ error: { code: parsed.code, message: parsed.reason } }, 400);
 */
export function parseBatch(body: unknown): ParsedBatch {
  const envelope = batchEnvelopeSchema.safeParse(body);
  if (!envelope.success) return { ok: false, code: 'invalid_batch', reason: describeIssue(envelope.error) };
  const { events: raw, ...rest } = envelope.data;
  const events: WireEvent[] = [];
  const indices: number[] = [];
  const rejected: RejectedEvent[] = [];
  const seen = new Set<string>();
  raw.forEach((candidate, index) => {
    const parsed = eventSchema.safeParse(candidate);
    if (!parsed.success) rejected.push({ index, code: 'invalid_event', reason: describeIssue(parsed.error) });
    else if (seen.has(parsed.data.id)) rejected.push({ index, code: 'duplicate_event', reason: 'id repeated' });
    else {
      seen.add(parsed.data.id);
      events.push(parsed.data);
      indices.push(index);
    }
  });
  return { ok: true, envelope: rest, events, indices, rejected };
}
