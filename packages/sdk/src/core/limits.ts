import type { WIRE_LIMITS } from '@minwon-ux/schema';

// The wire limits the SDK keeps under, as plain constants so the bundler inlines them.
export const MAX_EVENTS_PER_BATCH = 500;
export const MAX_STRING = 1024;
export const MAX_PATH = 2048;
export const MAX_PROPS = 32;
export const MAX_PROP_KEY = 64;

/** Checked against the schema's constant at compile time (type-only: nothing of it is bundled). */
export type Limits = {
  maxEventsPerBatch: typeof MAX_EVENTS_PER_BATCH;
  maxBodyBytes: 524288;
  maxStringLength: typeof MAX_STRING;
  maxPathLength: typeof MAX_PATH;
  maxTrailDepth: 8;
  maxProps: typeof MAX_PROPS;
  maxPropKeyLength: typeof MAX_PROP_KEY;
  maxChromeFields: 100;
  maxLabelLength: 200;
};
export const limitsMatchSchema: Limits extends typeof WIRE_LIMITS ? true : false = true;

/** Collapses whitespace and cuts `text` to `max` characters (default: the wire's string limit). */
export function clip(text: string | null | undefined, max: number = MAX_STRING): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}
