import { createRandom } from '@minwon-ux/testkit/random';
import type { Browser } from 'playwright-core';
import { type Device, PERSONAS, type Persona, type PersonaId, personaWeights } from '../personas.ts';
import { pickDevice } from '../synthetic/devices.ts';
import type { Actor } from './actor.ts';
import { launchChromium } from './browser.ts';
import { applyForMoveIn, browse, findMoveIn, type SessionOutcome } from './journeys.ts';

/** Options of `runSimulation`. */
export interface SimulationOptions {
  /** The demo site, e.g. `http://localhost:8790` (its origin must be registered for the site key). */
  baseUrl?: string;
  sessions: number;
  /** Seed of every decision (persona, device, typos, give-ups). Default 1. */
  seed?: number;
  /** Browser contexts at once. Default 1 (machines here have 2 cores). */
  concurrency?: number;
  /** Multiplier on human waits and typing. Default 0.3: a session takes 10–40 s. */
  speed?: number;
  /** Only these personas (default shares renormalised). */
  personas?: readonly PersonaId[];
  /** Overrides of persona traits for every session (tests use this to rule out giving up). */
  traits?: Partial<Omit<Persona, 'id'>>;
  /** Force a device class instead of the persona's mix. */
  device?: Device;
  /** An already launched browser; default: launch the system Chromium and close it at the end. */
  browser?: Browser;
  /** Called after each session. */
  onSession?: (result: SessionResult) => void;
}

/** What one browser session did. */
export interface SessionResult {
  index: number;
  persona: PersonaId;
  device: Device;
  outcome: SessionOutcome | 'error';
  receiptNumber?: string;
  /** Fields that showed an error during the session. */
  errorFields: string[];
  durationMs: number;
  /** Why the session failed (outcome `error`): a simulator or site defect, never a citizen's choice. */
  error?: string;
}

async function runOne(browser: Browser, index: number, options: SimulationOptions): Promise<SessionResult> {
  const seed = options.seed ?? 1;
  const r = createRandom(seed, 1_000_000 + index);
  const weights = personaWeights();
  const allowed = options.personas ?? (Object.keys(weights) as PersonaId[]);
  const personaId = r.weighted(Object.fromEntries(allowed.map((id) => [id, weights[id]])) as Record<PersonaId, number>);
  const persona: Persona = { ...PERSONAS[personaId], ...options.traits, id: personaId };
  const profile = pickDevice(r, options.device ?? r.weighted(persona.devices));
  const mobile = profile.device !== 'desktop';
  const context = await browser.newContext({
    userAgent: profile.userAgent,
    viewport: { width: profile.viewportWidth, height: mobile ? 844 : 900 },
    isMobile: profile.device === 'mobile',
    hasTouch: mobile,
    locale: 'ko-KR',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const actor: Actor = {
    page,
    r,
    persona,
    baseUrl: (options.baseUrl ?? 'http://localhost:8790').replace(/\/+$/, ''),
    speed: options.speed ?? 0.3,
    errors: new Set(),
  };
  const started = Date.now();
  const result: SessionResult = {
    index,
    persona: personaId,
    device: profile.device,
    outcome: 'gave-up',
    errorFields: [],
    durationMs: 0,
  };
  try {
    if (!persona.applies) result.outcome = await browse(actor);
    else if (await findMoveIn(actor)) Object.assign(result, await applyForMoveIn(actor));
    // Leaving the page fires pagehide: the SDK sends what it still holds.
    await page.goto('about:blank');
    await page.waitForTimeout(300);
  } catch (error) {
    result.outcome = 'error';
    result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
  } finally {
    await context.close();
  }
  result.errorFields = [...actor.errors];
  result.durationMs = Date.now() - started;
  return result;
}

/**
 * Drives the demo site in real Chromium with seeded personas: menu hunting, hyphenated phone numbers,
 * dates in the wrong format, stalling at the 첨부 step — whatever the site's current fixes leave of
 * those problems. The SDK on the pages records it all.
 *
 * @example
 * const results = await runSimulation({ baseUrl: 'http://localhost:8790', sessions: 20, seed: 1 });
 */
export async function runSimulation(options: SimulationOptions): Promise<SessionResult[]> {
  const browser = options.browser ?? (await launchChromium());
  const results: SessionResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < options.sessions) {
      const index = next++;
      const result = await runOne(browser, index, options);
      results.push(result);
      options.onSession?.(result);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
  } finally {
    if (!options.browser) await browser.close();
  }
  return results.sort((a, b) => a.index - b.index);
}
