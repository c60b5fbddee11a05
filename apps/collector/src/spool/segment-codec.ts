import { crc32 } from 'node:zlib';

/** The tables a spool record can be written to. */
export const SPOOL_TABLES = { e: 'events', r: 'replay_chunks' } as const;
export type SpoolTableKey = keyof typeof SPOOL_TABLES;

/** One acknowledged unit: rows for one table, exactly as they will be inserted. */
export interface SpoolRecord {
  table: SpoolTableKey;
  rows: readonly object[];
}

const HEADER_BYTES = 8;

/**
 * Frames a record as `[u32 length][u32 crc32][JSON payload]` (little endian). The checksum lets a
 * reader find a torn tail: bytes written by a crash before their fsync, never acknowledged.
 *
 * @example
 * const frame = encodeRecord({ table: 'e', rows: [row] });
 */
export function encodeRecord(record: SpoolRecord): Buffer {
  const payload = Buffer.from(JSON.stringify({ t: record.table, rows: record.rows }), 'utf8');
  const frame = Buffer.allocUnsafe(HEADER_BYTES + payload.length);
  frame.writeUInt32LE(payload.length, 0);
  frame.writeUInt32LE(crc32(payload), 4);
  payload.copy(frame, HEADER_BYTES);
  return frame;
}

/** What a segment file holds: its complete records, and whether a torn tail was cut off. */
export interface DecodedSegment {
  records: SpoolRecord[];
  tornBytes: number;
}

/**
 * Reads every complete, checksum-valid record of a segment file. Reading stops at the first frame
 * that is short or fails its checksum: the spool never appends after a failed write, so anything
 * from there on was never acknowledged.
 *
 * @example
 * const { records } = decodeSegment(await readFile(path));
 */
export function decodeSegment(bytes: Buffer): DecodedSegment {
  const records: SpoolRecord[] = [];
  let offset = 0;
  while (offset + HEADER_BYTES <= bytes.length) {
    const length = bytes.readUInt32LE(offset);
    const end = offset + HEADER_BYTES + length;
    if (end > bytes.length) break;
    const payload = bytes.subarray(offset + HEADER_BYTES, end);
    if (crc32(payload) !== bytes.readUInt32LE(offset + 4)) break;
    const parsed = JSON.parse(payload.toString('utf8')) as { t: SpoolTableKey; rows: object[] };
    if (!(parsed.t in SPOOL_TABLES)) break;
    records.push({ table: parsed.t, rows: parsed.rows });
    offset = end;
  }
  return { records, tornBytes: bytes.length - offset };
}
