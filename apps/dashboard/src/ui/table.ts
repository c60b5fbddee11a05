import { t } from '../i18n/index.ts';
import { h } from './dom.ts';
import { csvButton } from './table-csv.ts';

export interface Column<T> {
  label: string;
  value: (row: T) => string | number | Node;
  numeric?: boolean;
}

/**
 * An accessible data table with a caption; numbers right-aligned; a "CSV" button downloads it as shown.
 *
 * @example
 * dataTable('Errors by field', rows, [{ label: 'Field', value: (r) => r.field }]);
 */
export function dataTable<T>(caption: string, rows: readonly T[], columns: readonly Column<T>[], hideCaption = false) {
  const wrap = h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      {},
      h('caption', hideCaption ? { class: 'visually-hidden' } : {}, caption),
      h(
        'thead',
        {},
        h('tr', {}, ...columns.map((c) => h('th', { scope: 'col', class: c.numeric ? 'num' : undefined }, c.label))),
      ),
      h(
        'tbody',
        {},
        ...rows.map((row) =>
          h('tr', {}, ...columns.map((c) => h('td', { class: c.numeric ? 'num' : undefined }, c.value(row)))),
        ),
      ),
    ),
  );
  const table = wrap.querySelector('table')!;
  wrap.prepend(csvButton(table, caption, t('table.csv')));
  return wrap;
}
