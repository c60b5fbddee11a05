import { type BatchEnvelope, batchEnvelopeSchema, eventSchema, type WireEvent } from '@minwon-ux/schema';
import { ApiError } from '../http/api-error.ts';
import { describeIssue } from './describe-issue.ts';

/** Why one event of a batch was not stored; never carries the event's content. */
export interface RejectedEvent {
  index: number;
  code: 'invalid_event' | 'duplicate_event';
  reason: string;
}

export interface ValidBatch {
  envelope: Omit<BatchEnvelope, 'events'>;
  events: WireEvent[];
  /** The batch index of each valid event. */
  indices: number[];
  rejected: RejectedEvent[];
}

/**
 * Validates a decoded batch against the wire contract (as `parseBatch` does) with reasons safe to
 * send back: the envelope must be valid as a whole (else 400 `invalid_batch`); events are validated
 * one by one, so valid ones survive beside invalid ones, and an event id repeated inside the batch
 * counts once.
 *
 * @example
 * const { envelope, events, rejected } = validateBatch(body);
 */
export function validateBatch(body: unknown): ValidBatch {
  const parsed = batchEnvelopeSchema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(400, 'invalid_batch', `The batch is invalid (${describeIssue(parsed.error)}).`);
  }
  const { events: raw, ...envelope } = parsed.data;
  const events: WireEvent[] = [];
  const indices: number[] = [];
  const rejected: RejectedEvent[] = [];
  const seen = new Set<string>();
  raw.forEach((candidate, index) => {
    const event = eventSchema.safeParse(candidate);
    if (!event.success) rejected.push({ index, code: 'invalid_event', reason: describeIssue(event.error) });
    else if (seen.has(event.data.id)) rejected.push({ index, code: 'duplicate_event', reason: 'id repeated' });
    else {
      seen.add(event.data.id);
      events.push(event.data);
      indices.push(index);
    }
  });
  return { envelope, events, indices, rejected };
}
