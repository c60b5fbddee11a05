import type { Logger } from 'pino';
import { type DrainedSegment, drainSegment, type InsertRows, type SpoolTable } from './drain-segment.ts';
import type { SegmentInfo } from './segment-file.ts';
import type { Spool } from './spool.ts';

/** What the writer reports, for `/metrics`. */
export interface WriterObserver {
  inserted(table: SpoolTable, rows: number, seconds: number): void;
  failed(): void;
  quarantined(): void;
}

/**
 * ClickHouse error types that refuse the rows themselves (they could not be parsed or do not fit the
 * table): retrying the same segment can never succeed, unlike a store that is down or busy.
 */
const REFUSED_ROWS =
  /^(CANNOT_PARSE_|CANNOT_READ_|TYPE_MISMATCH$|INCORRECT_DATA$|INCORRECT_NUMBER_OF_COLUMNS$|CANNOT_CONVERT_TYPE$|TOO_LARGE_STRING_SIZE$|UNKNOWN_TYPE$|ILLEGAL_COLUMN$|VALUE_IS_OUT_OF_RANGE_OF_DATA_TYPE$)/;

/** Whether the store refused a batch for its rows rather than for being unavailable. */
export function refusesRows(err: unknown): boolean {
  const type = (err as { type?: unknown } | undefined)?.type;
  return typeof type === 'string' && REFUSED_ROWS.test(type);
}

export interface SpoolWriterOptions {
  spool: Spool;
  insert: InsertRows;
  logger: Logger;
  observer?: WriterObserver;
  /** After failing this long, the store counts as down and ingest answers 503. */
  outageMs?: number;
  /** A segment whose rows the store refused this many times in a row goes to quarantine. */
  quarantineAfter?: number;
  retryMinMs?: number;
  retryMaxMs?: number;
  now?: () => number;
}

/**
 * Drains sealed spool segments into ClickHouse, oldest first, one insert per segment and table. A
 * segment is deleted only after its inserts succeeded; failures are retried with capped exponential
 * backoff, forever, so acknowledged rows wait on disk while the store is down.
 *
 * @example
 * const writer = new SpoolWriter({ spool, insert, logger });
 * writer.start();
 * await writer.flush(); // on shutdown: everything acknowledged is in the store
 */
export class SpoolWriter {
  private readonly spool: Spool;
  private readonly insert: InsertRows;
  private readonly logger: Logger;
  private readonly observer: WriterObserver | undefined;
  private readonly outageMs: number;
  private readonly quarantineAfter: number;
  private refusals = 0;
  private readonly retryMinMs: number;
  private readonly retryMaxMs: number;
  private readonly now: () => number;
  private failures = 0;
  private failingSince: number | undefined;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  private stopped = false;

  constructor(options: SpoolWriterOptions) {
    this.spool = options.spool;
    this.insert = options.insert;
    this.logger = options.logger;
    this.observer = options.observer;
    this.outageMs = options.outageMs ?? 60_000;
    this.quarantineAfter = options.quarantineAfter ?? 3;
    this.retryMinMs = options.retryMinMs ?? 100;
    this.retryMaxMs = options.retryMaxMs ?? 5_000;
    this.now = options.now ?? Date.now;
    this.spool.onSealed(() => this.wake?.());
  }

  start(): void {
    this.loop ??= this.run();
  }

  /** Whether inserts have been failing for longer than `outageMs`. */
  storeDown(): boolean {
    return this.failingSince !== undefined && this.now() - this.failingSince > this.outageMs;
  }

  /**
   * Closes the spool and drains every segment into the store. Resolves true when the spool is empty,
   * false when `timeoutMs` passed first (the segments stay on disk and are replayed at next start).
   */
  async flush(timeoutMs = 30_000): Promise<boolean> {
    await this.spool.close();
    this.start();
    const deadline = this.now() + timeoutMs;
    while (this.spool.sealed().length > 0 && this.now() < deadline) {
      this.wake?.();
      await sleep(20);
    }
    await this.stop();
    return this.spool.sealed().length === 0;
  }

  /**
   * Seals the active segment and waits until every segment sealed so far is in the store (or
   * `timeoutMs` passed). The spool stays open. Resolves true when they all drained.
   */
  async settle(timeoutMs = 30_000): Promise<boolean> {
    await this.spool.seal();
    const waiting = new Set(this.spool.sealed());
    const deadline = this.now() + timeoutMs;
    while (this.spool.sealed().some((s) => waiting.has(s)) && this.now() < deadline) {
      this.wake?.();
      await sleep(20);
    }
    return !this.spool.sealed().some((s) => waiting.has(s));
  }

  /** Stops after the current insert. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      const segment = this.spool.sealed()[0];
      if (!segment) {
        await this.idle(1_000);
        continue;
      }
      if (!(await this.drainOne(segment))) {
        const delay = Math.min(this.retryMaxMs, this.retryMinMs * 2 ** Math.min(this.failures - 1, 16));
        await this.idle(delay * (0.5 + Math.random() / 2));
      }
    }
  }

  private async drainOne(segment: SegmentInfo): Promise<boolean> {
    const started = performance.now();
    let drained: DrainedSegment;
    try {
      drained = await drainSegment(segment, this.timedInsert);
    } catch (err) {
      this.failures += 1;
      this.failingSince ??= this.now();
      this.observer?.failed();
      this.logger.warn({ err: errorSummary(err), segment: segment.name, failures: this.failures }, 'insert failed');
      this.refusals = refusesRows(err) ? this.refusals + 1 : 0;
      if (this.refusals >= this.quarantineAfter) return this.quarantine(segment, err);
      return false;
    }
    this.refusals = 0;
    await this.spool.release(segment);
    if (this.failures > 0) this.logger.info({ failures: this.failures }, 'store inserts recovered');
    this.failures = 0;
    this.failingSince = undefined;
    if (drained.tornBytes > 0) {
      this.logger.warn({ segment: segment.name, tornBytes: drained.tornBytes }, 'unacknowledged torn tail dropped');
    }
    this.logger.debug({ segment: segment.name, ...drained.rows, ms: performance.now() - started }, 'segment drained');
    return true;
  }

  /** Sets a refused segment aside so the ones after it drain; the store itself is fine. */
  private async quarantine(segment: SegmentInfo, err: unknown): Promise<boolean> {
    const path = await this.spool.quarantine(segment);
    this.refusals = 0;
    this.failures = 0;
    this.failingSince = undefined;
    this.observer?.quarantined();
    this.logger.error(
      { err: errorSummary(err), segment: segment.name, path },
      'segment refused by the store: quarantined',
    );
    return true;
  }

  private readonly timedInsert: InsertRows = async (table, rows, token) => {
    const started = performance.now();
    await this.insert(table, rows, token);
    this.observer?.inserted(table, rows.count, (performance.now() - started) / 1000);
  };

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Error name, code and message only: a store error never carries row data into the logs. */
function errorSummary(err: unknown): { name: string; code?: unknown; message: string } {
  if (!(err instanceof Error)) return { name: 'unknown', message: 'non-error thrown' };
  return { name: err.name, code: (err as { code?: unknown }).code, message: err.message.slice(0, 300) };
}
