import { randomBytes } from 'node:crypto';
import type { Store } from './create-store.ts';

const DAY_MS = 24 * 3600 * 1000;
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Where a visitor hasher gets the salt of a day (UTC days since the epoch), when one is known. */
export interface SaltSource {
  saltFor(day: number): Buffer | undefined;
}

export interface StoreSaltsOptions {
  now?: () => number;
  /** How often the salts are read again (default 10 minutes). */
  refreshMs?: number;
  /** Told about a refresh that failed (the store unreachable); the salts known stay in use. */
  onError?: (err: unknown) => void;
}

/**
 * The daily visitor salts shared by every collector through the store (`visitor_salts`): each refresh
 * writes a random candidate for today and tomorrow when the store has none, then uses each day's
 * smallest salt, so collectors that raced agree after one refresh, and tomorrow's salt is agreed
 * on a day before it is needed. Past days' salts are deleted from the store and from memory.
 *
 * @example
 * const salts = await StoreSalts.open(store);
 * const hasher = new VisitorHasher({ salts });
 */
export class StoreSalts implements SaltSource {
  private readonly salts = new Map<number, Buffer>();
  private timer: NodeJS.Timeout | undefined;

  private readonly store: Store;
  private readonly now: () => number;

  private constructor(store: Store, now: () => number) {
    this.store = store;
    this.now = now;
  }

  /** Reads (and if needed creates) today's and tomorrow's salts, then refreshes them periodically. */
  static async open(store: Store, { now = Date.now, refreshMs = 600_000, onError }: StoreSaltsOptions = {}) {
    const salts = new StoreSalts(store, now);
    await salts.refresh();
    salts.timer = setInterval(() => salts.refresh().catch((err) => onError?.(err)), refreshMs);
    salts.timer.unref();
    return salts;
  }

  saltFor(day: number): Buffer | undefined {
    const salt = this.salts.get(day);
    return salt && Buffer.from(salt);
  }

  async refresh(): Promise<void> {
    const today = Math.floor(this.now() / DAY_MS);
    const days = [isoDay(today), isoDay(today + 1)];
    const table = `${this.store.database}.visitor_salts`;
    const known = await this.read(days);
    const missing = days.filter((d) => !known.has(d));
    if (missing.length > 0) {
      await this.store.client.insert({
        table,
        values: missing.map((day) => ({ day, salt: randomBytes(32).toString('hex') })),
        format: 'JSONEachRow',
      });
    }
    const salts = missing.length > 0 ? await this.read(days) : known;
    for (const [day, hex] of salts) this.salts.set(Math.round(Date.parse(day) / DAY_MS), Buffer.from(hex, 'hex'));
    for (const [day, salt] of this.salts) {
      if (day < today) {
        salt.fill(0);
        this.salts.delete(day);
      }
    }
    const [old] = await this.rows<{ n: number }>(`SELECT count() AS n FROM ${table} WHERE day < {today:Date}`, {
      today: days[0],
    });
    if (Number(old?.n) > 0) {
      await this.store.client.command({
        query: `DELETE FROM ${table} WHERE day < {today:Date}`,
        query_params: { today: days[0] },
      });
    }
  }

  close(): void {
    clearInterval(this.timer);
    for (const salt of this.salts.values()) salt.fill(0);
    this.salts.clear();
  }

  /** Each day's smallest salt. */
  private async read(days: string[]): Promise<Map<string, string>> {
    const rows = await this.rows<{ iso: string; smallest: string }>(
      `SELECT toString(day) AS iso, min(salt) AS smallest FROM ${this.store.database}.visitor_salts
       WHERE day BETWEEN {first:Date} AND {last:Date} AND length(salt) = 64 GROUP BY day`,
      { first: days[0], last: days[days.length - 1] },
    );
    return new Map(rows.map((r) => [r.iso, r.smallest]));
  }

  private async rows<T>(query: string, query_params: Record<string, unknown>): Promise<T[]> {
    const result = await this.store.client.query({ query, query_params, format: 'JSONEachRow' });
    return result.json<T>();
  }
}
