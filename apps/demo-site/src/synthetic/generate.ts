import type { WireBatch } from '@minwon-ux/schema';
import { createRandom } from '@minwon-ux/testkit/random';
import { buildMainMenu } from '../catalog.ts';
import { type Device, PERSONAS, type PersonaId, personaWeights } from '../personas.ts';
import { type FixFlags, PROBLEM_IDS, type ProblemId } from '../problems.ts';
import { runApplication } from './apply-journey.ts';
import { browseServices } from './browse-journey.ts';
import { pickDevice } from './devices.ts';
import type { Journey } from './journey.ts';
import { findMoveInService } from './navigate.ts';
import { createSessionWriter } from './session-writer.ts';
import { createSessionClock } from './timeline.ts';

const DAY = 86_400_000;

/** Options of `generateSyntheticBatches`. */
export interface SyntheticOptions {
  /** Number of sessions. */
  sessions: number;
  /** Days the sessions are spread over, ending at `end`. Default 28. */
  days?: number;
  /** End of the window (exclusive): a Date, epoch ms or ISO string. Default: now. */
  end?: Date | number | string;
  /** Seed: the same seed and options give the same batches. Default 1. */
  seed?: number;
  /** `site` of every batch. Default `demo`. */
  site?: string;
  /** Origin of the demo site, for referrers. Default `http://localhost:8790`. */
  origin?: string;
  /** When each problem was fixed: sessions starting at or after that time see the fixed site. */
  fixedAt?: Partial<Record<ProblemId, Date | number | string>>;
  /** Persona shares overriding the defaults (normalised). */
  personaMix?: Partial<Record<PersonaId, number>>;
  /** Called every `progressEvery` sessions and once at the end. */
  onProgress?: (progress: SyntheticProgress) => void;
  /** Sessions between progress calls. Default 250. */
  progressEvery?: number;
}

/** Progress of a generation run. */
export interface SyntheticProgress {
  sessions: number;
  totalSessions: number;
  events: number;
  batches: number;
}

/** One batch as the SDK of one simulated visitor would send it, with what the request would carry. */
export interface SyntheticBatch {
  batch: WireBatch;
  /** User agent of the visitor's browser (the collector derives device/browser/os from it). */
  userAgent: string;
  /** A private-range address standing for the visitor's IP (send as `X-Forwarded-For` where trusted). */
  clientIp: string;
  device: Device;
  persona: PersonaId;
  sessionIndex: number;
}

const toMs = (value: Date | number | string): number =>
  value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);

function fixesAt(fixedAt: Partial<Record<ProblemId, number>>, at: number): FixFlags {
  return Object.fromEntries(PROBLEM_IDS.map((id) => [id, fixedAt[id] !== undefined && at >= fixedAt[id]!])) as Record<
    ProblemId,
    boolean
  >;
}

/**
 * Streams synthetic sessions of the demo site as wire-contract batches — the same shapes the SDK sends
 * — in chronological order of session start, one session at a time (memory stays flat for millions of
 * events). Problems act on sessions that start before their fix time and are absent after.
 *
 * @example
 * for (const { batch, userAgent } of generateSyntheticBatches({ sessions: 5000, days: 28, seed: 1, fixedAt: { 'phone-hyphen': '2026-11-15' } })) {
 *   await post(batch, userAgent);
 * }
 */
export function* generateSyntheticBatches(
  options: SyntheticOptions,
): Generator<SyntheticBatch, SyntheticProgress, undefined> {
  const {
    sessions: total,
    days = 28,
    seed = 1,
    site = 'demo',
    origin = 'http://localhost:8790',
    progressEvery = 250,
  } = options;
  if (!Number.isInteger(total) || total < 0) throw new RangeError('sessions must be a non-negative integer');
  if (!(days > 0)) throw new RangeError('days must be positive');
  const endMs = toMs(options.end ?? Date.now());
  if (Number.isNaN(endMs)) throw new RangeError('end is not a valid date');
  const startMs = endMs - days * DAY;
  const fixedAt = Object.fromEntries(
    Object.entries(options.fixedAt ?? {}).map(([id, at]) => [id, toMs(at as Date | number | string)]),
  ) as Partial<Record<ProblemId, number>>;
  const clock = createSessionClock(startMs, endMs);
  const weights = personaWeights(options.personaMix);
  const menus = new Map<string, ReturnType<typeof buildMainMenu>>();
  const progress: SyntheticProgress = { sessions: 0, totalSessions: total, events: 0, batches: 0 };

  for (let i = 0; i < total; i++) {
    const r = createRandom(seed, i + 1);
    const persona = PERSONAS[r.weighted(weights)];
    const profile = pickDevice(r, r.weighted(persona.devices));
    const sessionStart = clock((i + r.next()) / total);
    const fixes = fixesAt(fixedAt, sessionStart);
    // a separate stream for what issue 16 added (returning flag, survey), so the journeys stay as they were
    const side = createRandom(seed ^ 0x5c07ec, i + 1);
    const returning = side.chance(0.3);
    const menuKey = String(fixes['menu-label']);
    if (!menus.has(menuKey)) menus.set(menuKey, buildMainMenu(fixes));
    const w = createSessionWriter({
      random: r,
      site,
      sid: r.uuid(),
      startMs: sessionStart,
      viewportWidth: profile.viewportWidth,
      origin,
      returning,
    });
    const j: Journey = {
      w,
      r,
      persona,
      device: profile.device,
      wideScreen: profile.viewportWidth >= 1024,
      fixes,
      menu: menus.get(menuKey)!,
      errorCounts: new Map(),
      survey: side,
      returning,
    };
    if (persona.applies) {
      if (findMoveInService(j)) runApplication(j);
    } else {
      browseServices(j);
    }
    w.end();
    const clientIp = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    for (const batch of w.drain()) {
      progress.batches++;
      progress.events += batch.events.length;
      yield {
        batch,
        userAgent: profile.userAgent,
        clientIp,
        device: profile.device,
        persona: persona.id,
        sessionIndex: i,
      };
    }
    progress.sessions = i + 1;
    if (options.onProgress && (progress.sessions % progressEvery === 0 || progress.sessions === total))
      options.onProgress({ ...progress });
  }
  if (total === 0) options.onProgress?.({ ...progress });
  return progress;
}
