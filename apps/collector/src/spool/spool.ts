import { constants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeRecord, type SpoolRecord } from './segment-codec.ts';
import {
  listSegments,
  newBootId,
  PREPARED_SUFFIX,
  type SegmentInfo,
  segmentName,
  syncDirectory,
} from './segment-file.ts';
import { SpoolError } from './spool-errors.ts';

export interface SpoolOptions {
  dir: string;
  /** Refuse appends beyond this many bytes on disk (`SPOOL_MAX_BYTES`). */
  maxBytes: number;
  /** Seal the active segment at this many rows: one segment is one insert batch. */
  batchRows?: number;
  /** …or at this many bytes… */
  batchBytes?: number;
  /** …or when it has been open this long with rows in it. */
  batchMs?: number;
  /**
   * Zero-filled bytes written into a new segment before it takes records (default `batchBytes`; 0:
   * none). Records then overwrite blocks that already exist, so each group commit's durable write
   * syncs data only, with no file-size change for the filesystem journal to commit — and does not
   * wait behind the journal commits of ClickHouse's own part writes on the same disk.
   */
  preallocateBytes?: number;
  now?: () => number;
}

interface Pending {
  frame: Buffer;
  rows: number;
  resolve: () => void;
  reject: (err: unknown) => void;
}

interface Active extends SegmentInfo {
  handle: FileHandle;
  openedAt: number;
}

/**
 * Segments are opened `O_DSYNC` (as `wx`: write-only, created, never reused): each write returns once
 * its data is durable, as a write followed by fdatasync would, in one thread-pool round trip instead of
 * two: 57 instead of 80 µs of main-thread CPU per commit (67–73 against 127–143 on a busy machine;
 * `bench/ingest/group-commit.ts`).
 */
const SEGMENT_OPEN_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_DSYNC;

/** Where segments the store refuses are kept (`Spool.quarantine`). */
export const QUARANTINE_DIR = 'quarantine';

interface Prepared {
  name: string;
  /** The segment's name once it takes records… */
  path: string;
  /** …and its `.next` name until then. */
  preparedPath: string;
  handle: FileHandle;
}

/**
 * The durable spool: records are appended to the active segment file and fsync'ed before `append`
 * resolves. Concurrent appends share one write and one fsync (group commit). A segment is sealed at
 * `batchRows`/`batchBytes`/`batchMs`; sealed segments wait, oldest first, for the writer, which
 * calls `release` once ClickHouse confirmed their insert. Segments found at start are sealed.
 * The next segment is created and zero-filled (`preallocateBytes`) in the background while the
 * current one takes records; a sealed segment is cut to its records' length.
 *
 * @example
 * const spool = await Spool.open({ dir: '/data/spool', maxBytes: 256 * 2 ** 20 });
 * await spool.append({ table: 'e', rows }); // durable now: answer 2xx
 */
export class Spool {
  readonly maxBytes: number;
  private readonly dir: string;
  private readonly bootId = newBootId();
  private readonly batchRows: number;
  private readonly batchBytes: number;
  private readonly batchMs: number;
  private readonly preallocateBytes: number;
  private zeros: Buffer | undefined;
  private next: Promise<Prepared> | undefined;
  private readonly now: () => number;
  private readonly sealedSegments: SegmentInfo[];
  private readonly listeners = new Set<() => void>();
  private sequence: number;
  private active: Active | undefined;
  private pending: Pending[] = [];
  private pendingBytes = 0;
  private writing: Promise<void> | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout;
  private closed = false;
  /** Acknowledged bytes in every segment not yet released. */
  bytes: number;
  /** fsyncs so far: fewer than appends when concurrent appends share one (group commit). */
  syncs = 0;

  private constructor(options: SpoolOptions, found: SegmentInfo[], nextSequence: number) {
    this.dir = options.dir;
    this.maxBytes = options.maxBytes;
    this.batchRows = options.batchRows ?? 20_000;
    this.batchBytes = options.batchBytes ?? 8 * 2 ** 20;
    this.batchMs = options.batchMs ?? 1000;
    this.preallocateBytes = options.preallocateBytes ?? this.batchBytes;
    this.now = options.now ?? Date.now;
    this.sealedSegments = found;
    this.sequence = nextSequence;
    this.bytes = found.reduce((sum, s) => sum + s.bytes, 0);
    this.timer = setInterval(() => void this.sealIfOld(), Math.max(10, this.batchMs / 4));
    this.timer.unref();
  }

  static async open(options: SpoolOptions): Promise<Spool> {
    const { segments, nextSequence } = await listSegments(options.dir);
    return new Spool(options, segments, nextSequence);
  }

  /** Appends one record; resolves once it is fsync'ed. Rejects with `SpoolError` when full or closed. */
  append(record: SpoolRecord): Promise<void> {
    if (this.closed) return Promise.reject(new SpoolError('spool_closed', 'The spool is closed.'));
    const frame = encodeRecord(record);
    if (this.bytes + this.pendingBytes + frame.length > this.maxBytes) {
      return Promise.reject(new SpoolError('spool_full', 'The spool is full.'));
    }
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ frame, rows: record.rows.length, resolve, reject });
      this.pendingBytes += frame.length;
      this.writing ??= this.writeAll().finally(() => {
        this.writing = undefined;
      });
    });
  }

  /** Whether a request of `headroom` bytes could still be taken. */
  isFull(headroom = 0): boolean {
    return this.bytes + this.pendingBytes + headroom > this.maxBytes;
  }

  /** Sealed segments waiting for the writer, oldest first. */
  sealed(): readonly SegmentInfo[] {
    return this.sealedSegments;
  }

  /** Segments on disk, including the active one. */
  get segmentCount(): number {
    return this.sealedSegments.length + (this.active ? 1 : 0);
  }

  /** Calls `listener` whenever a segment is sealed. */
  onSealed(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Deletes a sealed segment whose rows ClickHouse has confirmed. */
  async release(segment: SegmentInfo): Promise<void> {
    const index = this.sealedSegments.indexOf(segment);
    if (index === -1) return;
    await unlink(segment.path).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err; // already gone: nothing left to release on disk
    });
    this.sealedSegments.splice(index, 1);
    this.bytes -= segment.bytes;
  }

  /**
   * Moves a sealed segment whose rows the store refuses for what they are (not for being down) into
   * `quarantine/` beside the segments, so later segments drain. Its rows stay on disk for an operator:
   * moved back into the spool directory, a segment is replayed at the next start.
   */
  async quarantine(segment: SegmentInfo): Promise<string> {
    const index = this.sealedSegments.indexOf(segment);
    if (index === -1) throw new Error(`not a sealed segment: ${segment.name}`);
    const dir = join(this.dir, QUARANTINE_DIR);
    await mkdir(dir, { recursive: true });
    const target = join(dir, segment.name);
    await rename(segment.path, target);
    await syncDirectory(dir);
    await syncDirectory(this.dir);
    this.sealedSegments.splice(index, 1);
    this.bytes -= segment.bytes;
    return target;
  }

  /** Seals the active segment now (shutdown, tests). */
  seal(): Promise<void> {
    return this.serial(() => this.sealActive());
  }

  /** Stops taking records, waits for pending ones, seals the active segment. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.writing;
    await this.seal();
    await this.discardNext();
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task);
    this.chain = run.catch(() => undefined); // the caller sees the failure; the chain goes on
    return run;
  }

  private async writeAll(): Promise<void> {
    while (this.pending.length > 0) {
      const group = this.pending;
      this.pending = [];
      await this.serial(() => this.writeGroup(group));
    }
  }

  private async writeGroup(group: Pending[]): Promise<void> {
    const frames = group.map((p) => p.frame);
    const bytes = frames.reduce((sum, f) => sum + f.length, 0);
    const rows = group.reduce((sum, p) => sum + p.rows, 0);
    this.pendingBytes -= bytes;
    try {
      const active = await this.ensureActive();
      // One O_DSYNC write is the write and its fdatasync in one thread-pool round trip.
      const { bytesWritten } = await active.handle.writev(frames, active.bytes);
      if (bytesWritten !== bytes) throw new Error(`short write: ${bytesWritten} of ${bytes} bytes`);
      this.syncs += 1;
      active.bytes += bytes;
      active.rows += rows;
      this.bytes += bytes;
    } catch (cause) {
      const error = new SpoolError('spool_write_failed', 'The spool could not be written.', { cause });
      for (const p of group) p.reject(error);
      // The file may now end in a torn frame: never append after it.
      await this.sealActive().catch(() => undefined); // the next write reports any lasting failure
      return;
    }
    for (const p of group) p.resolve();
    const active = this.active!;
    if (active.rows >= this.batchRows || active.bytes >= this.batchBytes) await this.sealActive();
  }

  private async ensureActive(): Promise<Active> {
    if (this.active) return this.active;
    const next = this.next ?? this.prepare();
    this.next = undefined;
    const { name, path, preparedPath, handle } = await next;
    await rename(preparedPath, path);
    await syncDirectory(this.dir); // the name records are acknowledged under must survive a crash
    this.active = { name, path, bytes: 0, rows: 0, handle, openedAt: this.now() };
    this.prepareNext();
    return this.active;
  }

  /**
   * Creates the next segment under a `.next` name, zero-filled and fsync'ed; `ensureActive` renames it
   * when it takes its first record. A `.next` file left by a crash never held a record.
   */
  private async prepare(): Promise<Prepared> {
    const name = segmentName(this.sequence++, this.bootId);
    const path = join(this.dir, name);
    const preparedPath = `${path}${PREPARED_SUFFIX}`;
    const handle = await open(preparedPath, SEGMENT_OPEN_FLAGS);
    try {
      if (this.preallocateBytes > 0) {
        this.zeros ??= Buffer.alloc(this.preallocateBytes);
        await handle.write(this.zeros, 0, this.zeros.length, 0);
        await handle.datasync();
      }
    } catch (err) {
      await handle.close().catch(() => undefined);
      await unlink(preparedPath).catch(() => undefined);
      throw err;
    }
    return { name, path, preparedPath, handle };
  }

  /** Starts preparing the segment after this one, unless closing. A failure surfaces at first use. */
  private prepareNext(): void {
    if (this.closed || this.next) return;
    const next = this.prepare();
    next.catch(() => {
      if (this.next === next) this.next = undefined; // the next write prepares a fresh one
    });
    this.next = next;
  }

  /** Removes a prepared segment that never took a record (shutdown). */
  private async discardNext(): Promise<void> {
    const next = this.next;
    this.next = undefined;
    const prepared = await next?.catch(() => undefined);
    if (!prepared) return;
    await prepared.handle.close();
    await unlink(prepared.preparedPath).catch(() => undefined);
  }

  private async sealActive(): Promise<void> {
    const active = this.active;
    if (!active) return;
    this.active = undefined;
    try {
      // Cut the unused zeros (not fsync'ed: after a crash they read as a clean end of the segment).
      if (this.preallocateBytes > 0) await active.handle.truncate(active.bytes);
    } finally {
      await active.handle.close();
    }
    this.sealedSegments.push({ name: active.name, path: active.path, bytes: active.bytes, rows: active.rows });
    for (const listener of this.listeners) listener();
  }

  private async sealIfOld(): Promise<void> {
    const active = this.active;
    if (!active || active.rows === 0 || this.now() - active.openedAt < this.batchMs) return;
    await this.serial(() => (this.active === active ? this.sealActive() : Promise.resolve()));
  }
}
