export { type DrainedSegment, drainSegment, type InsertRows, type SpoolTable } from './drain-segment.ts';
export { createStoreInsert } from './insert-rows.ts';
export { decodeSegment, encodeRecord, type JsonRows, type SpoolRecord } from './segment-codec.ts';
export type { SegmentInfo } from './segment-file.ts';
export { Spool, type SpoolOptions } from './spool.ts';
export { SpoolError } from './spool-errors.ts';
export { SpoolWriter, type SpoolWriterOptions, type WriterObserver } from './spool-writer.ts';
