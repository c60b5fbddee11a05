let last = 0;

/**
 * A strictly increasing version for ReplacingMergeTree rows written by this process: microseconds
 * since the epoch, bumped when two writes fall in the same microsecond. The newest write wins.
 *
 * @example
 * await client.insert({ table, values: [{ ...row, version: nextVersion() }], format: 'JSONEachRow' });
 */
export function nextVersion(): number {
  last = Math.max(Date.now() * 1000, last + 1);
  return last;
}
