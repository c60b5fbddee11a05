import type { WIRE_LIMITS } from '@minwon-ux/schema';

/** The wire limits the SDK keeps under; checked against the schema's constant at compile time. */
export const LIMITS = {
  maxEventsPerBatch: 500,
  maxBodyBytes: 512 * 1024,
  maxStringLength: 1024,
  maxPathLength: 2048,
  maxTrailDepth: 8,
  maxProps: 32,
  maxPropKeyLength: 64,
} as const satisfies typeof WIRE_LIMITS;

/** Collapses whitespace and cuts `text` to `max` characters (default: the wire's string limit). */
export function clip(text: string | null | undefined, max: number = LIMITS.maxStringLength): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}
