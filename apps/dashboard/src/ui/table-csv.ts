/** Excel reads a CSV as UTF-8 only with this byte-order mark. */
const BOM = '\uFEFF';

function cell(text: string): string {
  const value = text.trim().replace(/\s+/g, ' ');
  // a leading =, +, - or @ is a formula to a spreadsheet (unless it is a number): quote it away
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The table as shown — header row and body rows, each cell's visible text — as CSV (RFC 4180, CRLF)
 * with a UTF-8 BOM, so Excel opens Korean text correctly.
 *
 * @example
 * tableToCsv(document.querySelector('table')!); // '\uFEFF필드,오류율\r\nphone,42.0%\r\n'
 */
export function tableToCsv(table: HTMLTableElement): string {
  const lines = [...table.querySelectorAll('tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((c) => cell(c.textContent ?? '')).join(','),
  );
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** A file name from a table's caption: `오류가-많은-항목.csv`. */
export function csvFileName(caption: string): string {
  const base = caption
    .trim()
    .replace(/[\\/:*?"<>|\s]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'table'}.csv`;
}

/**
 * A "CSV" button that downloads `table` as shown (built in the browser; nothing is sent anywhere).
 *
 * @example
 * wrap.prepend(csvButton(table, '오류가 많은 항목', t('table.csv')));
 */
export function csvButton(table: HTMLTableElement, caption: string, label: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'table-csv';
  button.textContent = label;
  button.setAttribute('aria-label', `${label}: ${caption}`);
  button.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = csvFileName(caption);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  });
  return button;
}
