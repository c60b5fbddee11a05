/**
 * An archive source: the SQL that selects one day's detector inputs, and the names of its counts in
 * the order the SQL's `counts` array holds them. Both come from one declaration, so a count is named
 * once and read by name (`inputsOf` in input-rows.ts), never by position.
 */
export interface SourceDescriptor<Count extends string = string> {
  /** The count names, in the order of the SQL's `counts` array. */
  readonly counts: readonly Count[];
  /** Selects `day, device, key, label, counts, hist_a, hist_b, examples` for `{site:String}` and `{days:Array(Date)}`. */
  readonly sql: string;
}

/**
 * Declares a source from its named count expressions (in order) and the SELECT that places them:
 * `select` gets the `[expr, …]` array literal to alias `AS counts`.
 *
 * @example
 * const PAGE_INPUTS = defineSource({ sessions: 'sum(length(session_hashes))' }, (counts) =>
 *   `SELECT day, device, [page] AS key, '' AS label, ${counts} AS counts, … FROM minwon_ux.daily_pages …`);
 * PAGE_INPUTS.counts; // ['sessions']
 */
export function defineSource<const Counts extends Record<string, string>>(
  counts: Counts,
  select: (countsArray: string) => string,
): SourceDescriptor<Extract<keyof Counts, string>> {
  const names = Object.keys(counts) as Extract<keyof Counts, string>[];
  return { counts: names, sql: select(`[${Object.values(counts).join(', ')}]`) };
}

/** A source's counts by name, from the summed `counts` array (0 where a row has none in the range). */
export function namedCounts<Count extends string>(
  source: SourceDescriptor<Count>,
  counts: readonly (number | string)[],
): Record<Count, number> {
  const named = {} as Record<Count, number>;
  source.counts.forEach((name, i) => {
    named[name] = Number(counts[i] ?? 0);
  });
  return named;
}
