/**
 * The Content-Type ClickHouse's HTTP interface answers for an output format.
 *
 * @example
 * contentTypeFor('JSONEachRow'); // 'application/x-ndjson; charset=UTF-8'
 */
export function contentTypeFor(format: string): string {
  if (/^JSON(EachRow|StringsEachRow|CompactEachRow|Lines)|^NDJSON/.test(format))
    return 'application/x-ndjson; charset=UTF-8';
  if (format.startsWith('JSON')) return 'application/json; charset=UTF-8';
  if (format.startsWith('CSV')) return 'text/csv; charset=UTF-8; header=absent';
  if (format.startsWith('TSV') || format.startsWith('TabSeparated')) return 'text/tab-separated-values; charset=UTF-8';
  if (format === 'XML') return 'application/xml; charset=UTF-8';
  if (/^(Parquet|Arrow|ArrowStream|ORC|Native|RowBinary)/.test(format)) return 'application/octet-stream';
  return 'text/plain; charset=UTF-8';
}
