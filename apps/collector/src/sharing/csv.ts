/** The byte-order mark that makes Excel read a CSV file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; null is empty. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // a leading =, +, - or @ would be a formula in a spreadsheet: prefix it with a quote character
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A CSV document: UTF-8 BOM, a header line, CRLF line ends (RFC 4180).
 *
 * @example
 * toCsv(['a', 'b'], [[1, 'x,y']]); // '\uFEFFa,b\r\n1,"x,y"\r\n'
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
