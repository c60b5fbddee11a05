import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** A spool segment file: append-only, named `<sequence>-<boot id>.seg` so names sort by age. */
export interface SegmentInfo {
  /** File name; also the basis of its ClickHouse insert deduplication tokens, unique forever. */
  name: string;
  path: string;
  /** Acknowledged bytes (the file size for a segment found at start). */
  bytes: number;
  /** Acknowledged rows, or -1 when unknown (a segment found at start). */
  rows: number;
}

const SEGMENT_NAME = /^(\d{12})-([0-9a-f]{16})\.seg$/;

/** A segment prepared for the next records, renamed to its `.seg` name when it takes the first one. */
export const PREPARED_SUFFIX = '.next';

/** A random id for this process: two runs never produce the same segment name. */
export const newBootId = (): string => randomBytes(8).toString('hex');

/** `000000000042-<bootId>.seg` */
export const segmentName = (sequence: number, bootId: string): string =>
  `${String(sequence).padStart(12, '0')}-${bootId}.seg`;

/**
 * Lists the segment files of a spool directory, oldest first, creating the directory if needed.
 *
 * @example
 * const { segments, nextSequence } = await listSegments('/data/spool');
 */
export async function listSegments(dir: string): Promise<{ segments: SegmentInfo[]; nextSequence: number }> {
  await mkdir(dir, { recursive: true });
  const files = await readdir(dir);
  for (const name of files) {
    // Prepared but never used (a crash came first): no record was ever acknowledged in it.
    if (name.endsWith(PREPARED_SUFFIX) && SEGMENT_NAME.test(name.slice(0, -PREPARED_SUFFIX.length))) {
      await unlink(join(dir, name)).catch(() => undefined);
    }
  }
  const names = files.filter((n) => SEGMENT_NAME.test(n)).sort();
  const segments: SegmentInfo[] = [];
  let nextSequence = 0;
  for (const name of names) {
    const path = join(dir, name);
    segments.push({ name, path, bytes: (await stat(path)).size, rows: -1 });
    nextSequence = Math.max(nextSequence, Number(SEGMENT_NAME.exec(name)![1]) + 1);
  }
  return { segments, nextSequence };
}

/** Makes a new directory entry durable: without this, a power loss can forget a fsync'ed file. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
