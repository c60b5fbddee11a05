// Bundle entry for the compare-agencies tests: the strips chart, the table's CSV and the field gaps.
import { renderBenchmarkStrips } from '../src/charts/benchmark-strips.ts';
import { dataTable } from '../src/ui/table.ts';
import { tableToCsv } from '../src/ui/table-csv.ts';
import { fieldGaps } from '../src/views/agencies.ts';

Object.assign(window, { agencies: { renderBenchmarkStrips, dataTable, tableToCsv, fieldGaps } });
