import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import type { SaltSource } from '../store/visitor-salts.ts';

const DAY_MS = 24 * 3600 * 1000;

export interface VisitorHasherOptions {
  now?: () => number;
  /**
   * Where today's salt is kept so a restart the same day counts a returning visitor once (mode 0600,
   * overwritten by the next day's salt). Without it the salt lives only in memory.
   */
  saltFile?: string;
  /**
   * The salts shared by every collector through the store (server mode, `store/visitor-salts.ts`):
   * when it knows the day's salt, that one is used, so collectors behind a load balancer agree.
   */
  salts?: SaltSource;
}

/**
 * Counts unique visitors without cookies or stored IPs, as Plausible does: the visitor id is a hash
 * of a daily random salt, the site, the IP and the user agent. The previous day's salt is destroyed
 * when a new day begins (in memory and in `saltFile`), so ids cannot be linked across days.
 *
 * @example
 * const hasher = new VisitorHasher({ saltFile: '/data/visitor-salt' });
 * hasher.visitorId('demo', '203.0.113.9', 'Mozilla/5.0 ...'); // '1234567890123456789'
 */
export class VisitorHasher {
  private day = -1;
  private salt: Buffer = Buffer.alloc(0);
  private readonly now: () => number;
  private readonly saltFile: string | undefined;
  private readonly salts: SaltSource | undefined;
  /** The day's salt was drawn here because the shared salts did not know it yet. */
  private provisional = false;

  constructor({ now = Date.now, saltFile, salts }: VisitorHasherOptions = {}) {
    this.now = now;
    this.saltFile = saltFile;
    this.salts = salts;
  }

  visitorId(siteKey: string, ip: string, userAgent: string): string {
    const day = Math.floor(this.now() / DAY_MS);
    if (day !== this.day || (this.provisional && this.salts?.saltFor(day))) this.useSaltOf(day);
    const digest = createHash('sha256').update(this.salt).update(`\0${siteKey}\0${ip}\0${userAgent}`).digest();
    return digest.readBigUInt64BE(0).toString();
  }

  private useSaltOf(day: number): void {
    this.salt.fill(0);
    const shared = this.salts?.saltFor(day);
    this.provisional = this.salts !== undefined && shared === undefined;
    this.salt = shared ?? this.storedSalt(day) ?? randomBytes(32);
    this.day = day;
    if (this.saltFile) writeDurably(this.saltFile, `${day}:${this.salt.toString('hex')}\n`);
  }

  /** Today's salt from `saltFile`, if a run earlier today left it there. */
  private storedSalt(day: number): Buffer | undefined {
    if (!this.saltFile) return undefined;
    try {
      const [storedDay, hex] = readFileSync(this.saltFile, 'utf8').trim().split(':');
      if (Number(storedDay) === day && /^[0-9a-f]{64}$/.test(hex ?? '')) return Buffer.from(hex!, 'hex');
    } catch {
      // no salt stored yet (first start) or unreadable: a fresh one is made
    }
    return undefined;
  }
}

/** Replaces `file` with `text` atomically and durably (write, fsync, rename). */
function writeDurably(file: string, text: string): void {
  const temporary = `${file}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}
