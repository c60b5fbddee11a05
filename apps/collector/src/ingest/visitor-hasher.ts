import { createHash, randomBytes } from 'node:crypto';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Counts unique visitors without cookies or stored IPs, as Plausible does: the visitor id is a hash
 * of a daily random salt, the site, the IP and the user agent. Salts live only in memory and the
 * previous day's salt is destroyed when a new day begins, so ids cannot be linked across days.
 *
 * @example
 * const hasher = new VisitorHasher();
 * hasher.visitorId('demo', '203.0.113.9', 'Mozilla/5.0 ...'); // '1234567890123456789'
 */
export class VisitorHasher {
  private day = -1;
  private salt: Buffer = Buffer.alloc(0);

  private readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  visitorId(siteKey: string, ip: string, userAgent: string): string {
    const day = Math.floor(this.now() / DAY_MS);
    if (day !== this.day) {
      this.salt.fill(0);
      this.salt = randomBytes(32);
      this.day = day;
    }
    const digest = createHash('sha256').update(this.salt).update(`\0${siteKey}\0${ip}\0${userAgent}`).digest();
    return digest.readBigUInt64BE(0).toString();
  }
}
