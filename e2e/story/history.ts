import { generateSyntheticBatches, type PostProgress, postSyntheticBatches } from '@minwon-ux/demo-site/synthetic';

export interface HistoryOptions {
  collectorUrl: string;
  /** A registered origin of the site (the poster sends it as `Origin`). */
  origin: string;
  site: string;
  sessions: number;
  /** Days of history, ending at `end` (exclusive). */
  days: number;
  end: number;
  /** When the phone field was fixed: sessions from then on see the fixed site. */
  phoneFixedAt: number;
  seed?: number;
}

/**
 * Weeks of demo traffic before and after the phone fix, from the seeded synthetic generator (the
 * demo personas' own traits acting on the site as it was at each session's time), posted through the
 * collector's real `/v1/events`. Returns what the poster counted.
 *
 * @example
 * await seedHistory({ collectorUrl, origin, site: 'demo', sessions: 600, days: 28, end, phoneFixedAt });
 */
export function seedHistory(o: HistoryOptions): Promise<PostProgress> {
  const batches = generateSyntheticBatches({
    sessions: o.sessions,
    days: o.days,
    end: o.end,
    seed: o.seed ?? 7,
    site: o.site,
    origin: o.origin,
    fixedAt: { 'phone-hyphen': o.phoneFixedAt },
  });
  return postSyntheticBatches(batches, { collector: o.collectorUrl, origin: o.origin, concurrency: 4 });
}
