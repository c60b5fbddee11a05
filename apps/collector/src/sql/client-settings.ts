/**
 * Settings clients send on every request that only shape the output; they are passed on (validated).
 * Everything else a client sends (`session_id`, `wait_end_of_query`, `readonly`, `max_result_rows`,
 * `send_progress_in_http_headers`, …) is accepted and ignored: analysts' queries always run with the
 * collector's own read-only settings and limits.
 */
const OUTPUT_SETTINGS = new Set([
  'output_format_json_quote_64bit_integers',
  'output_format_json_quote_64bit_floats',
  'output_format_json_quote_denormals',
  'output_format_json_quote_decimals',
  'output_format_json_named_tuples_as_objects',
  'output_format_json_escape_forward_slashes',
  'output_format_json_array_of_rows',
  'output_format_json_validate_utf8',
  'output_format_decimal_trailing_zeros',
  'output_format_write_statistics',
  'output_format_csv_crlf_end_of_line',
  'output_format_tsv_crlf_end_of_line',
  'output_format_arrow_string_as_string',
  'output_format_parquet_string_as_string',
  'output_format_native_encode_types_in_binary_format',
  'output_format_binary_encode_types_in_binary_format',
  'output_format_pretty_color',
  'output_format_pretty_grid_charset',
  'output_format_pretty_max_rows',
  'format_csv_delimiter',
  'format_csv_null_representation',
  'format_tsv_null_representation',
  'date_time_output_format',
  'date_time_input_format',
  'session_timezone',
  'extremes',
]);

/** Plain values only: numbers, booleans, names, time zones (`Asia/Seoul`), one-character delimiters. */
const VALUE = /^[A-Za-z0-9_./+:-]{1,64}$|^[,;|\t ]$/;

/**
 * The output settings among a request's URL parameters, as `name='value'` items for the SETTINGS
 * clause; unknown settings are ignored, a bad value for a known one is ignored too.
 *
 * @example
 * outputSettings({ output_format_json_quote_64bit_integers: '0', session_id: 'x' });
 * // ["output_format_json_quote_64bit_integers='0'"]
 */
export function outputSettings(query: Record<string, string>): string[] {
  return Object.entries(query)
    .filter(([name, value]) => OUTPUT_SETTINGS.has(name) && VALUE.test(value))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}=${value === '\t' ? "'\\t'" : `'${value}'`}`);
}
