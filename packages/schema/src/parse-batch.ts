import type { z } from 'zod';
import { type BatchEnvelope, batchEnvelopeSchema, eventSchema, type WireEvent } from './wire.ts';

/** Why one event of a batch was refused; never carries the event's content. */
export interface RejectedEvent {
  index: number;
  code: 'invalid_event';
  /** The first problem, as a path and zod's message, e.g. `errorKind: Invalid option`. */
  reason: string;
}

export type ParsedBatch =
  | { ok: true; envelope: Omit<BatchEnvelope, 'events'>; events: WireEvent[]; rejected: RejectedEvent[] }
  | { ok: false; code: 'invalid_batch'; reason: string };

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.filter((p) => typeof p !== 'symbol').join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/**
 * Validates a decoded batch body: the envelope must be valid as a whole; events are validated one
 * by one so the valid ones survive beside invalid ones.
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
  const rejected: RejectedEvent[] = [];
  raw.forEach((candidate, index) => {
    const parsed = eventSchema.safeParse(candidate);
    if (parsed.success) events.push(parsed.data);
    else rejected.push({ index, code: 'invalid_event', reason: describeIssue(parsed.error) });
  });
  return { ok: true, envelope: rest, events, rejected };
}
