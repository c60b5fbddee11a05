import { readFile } from 'node:fs/promises';
import { decodeSegment, type JsonRows, SPOOL_TABLES, type SpoolTableKey } from './segment-codec.ts';
import type { SegmentInfo } from './segment-file.ts';

export type SpoolTable = (typeof SPOOL_TABLES)[SpoolTableKey];

/**
 * Inserts rows into a table with a ClickHouse insert deduplication token. Injectable so tests can
 * make the store fail; the default is `insertWithToken` over the real store.
 */
export type InsertRows = (table: SpoolTable, rows: JsonRows, deduplicationToken: string) => Promise<void>;

/** What one drained segment inserted, for metrics and logs. */
export interface DrainedSegment {
  rows: Record<SpoolTable, number>;
  tornBytes: number;
}

/**
 * Inserts every record of a sealed segment: one insert per table, each with the token
 * `<segment name>:<table>`. The same segment always produces the same inserts in the same order,
 * so replaying it after a crash between insert and delete is dropped by ClickHouse's deduplication.
 *
 * @example
 * await drainSegment(segment, insert);
 * await spool.release(segment);
 */
export async function drainSegment(segment: SegmentInfo, insert: InsertRows): Promise<DrainedSegment> {
  const { records, tornBytes } = decodeSegment(await readFile(segment.path));
  const byTable = new Map<SpoolTable, { texts: string[]; count: number }>();
  for (const record of records) {
    const table = SPOOL_TABLES[record.table];
    const rows = byTable.get(table) ?? { texts: [], count: 0 };
    rows.texts.push(record.rows.text);
    rows.count += record.rows.count;
    byTable.set(table, rows);
  }
  const drained: DrainedSegment = { rows: { events: 0, replay_chunks: 0 }, tornBytes };
  for (const [table, { texts, count }] of byTable) {
    if (count === 0) continue;
    await insert(table, { text: texts.join(''), count }, `${segment.name}:${table}`);
    drained.rows[table] = count;
  }
  return drained;
}
