import { createBatchScrubber } from './batch-scrubber.ts';
import { mapJsonStrings } from './map-json-strings.ts';

/**
 * Scrubs every string of a decoded JSON value, object keys included (replay chunks: the SDK masks
 * text, but the collector never trusts a client with personal data, and rrweb puts page-chosen names
 * such as attribute names and style properties into keys). Each distinct string is scrubbed once per
 * call (the batch scrubber's memory): a chunk repeats the same keys and values many times.
 *
 * @example
 * scrubDeep([{ type: 3, data: { text: '010-1234-5678' } }]); // [{ type: 3, data: { text: '[PHONE]' } }]
 */
export function scrubDeep(value: unknown): unknown {
  return mapJsonStrings(value, createBatchScrubber([]).text);
}
