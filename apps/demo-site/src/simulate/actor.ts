import type { Random } from '@minwon-ux/testkit/random';
import type { Page } from 'playwright-core';
import type { Persona } from '../personas.ts';

/** One simulated citizen at a browser page: human-paced waits, typing and clicks. */
export interface Actor {
  page: Page;
  r: Random;
  persona: Persona;
  baseUrl: string;
  /** Multiplier on every wait (1 = human time; the default CLI uses a fraction to save time). */
  speed: number;
  /** Field ids that showed an error during the session. */
  errors: Set<string>;
}

/**
 * Waits a human-scale time: log-normal around `medianMs`, scaled by pace and speed.
 *
 * @example
 * await pause(actor, 2000);
 */
export async function pause(a: Actor, medianMs: number): Promise<void> {
  await a.page.waitForTimeout(Math.min(60_000, a.r.duration(medianMs * a.persona.pace * a.speed, 1.4)));
}

/**
 * Clicks into a field, hesitates, clears it and types like a person (a delay per key).
 *
 * @example
 * await typeInto(actor, '#f-phone', '010-1234-5678');
 */
export async function typeInto(a: Actor, selector: string, text: string): Promise<void> {
  const field = a.page.locator(selector);
  await field.click();
  await pause(a, 600);
  await field.fill('');
  await field.pressSequentially(text, { delay: Math.round(90 * a.persona.pace * a.speed) + a.r.int(0, 40) });
}

/**
 * Submits the application form of the current step like a click on [다음]: true when the browser sent
 * it (and the next document has loaded), false when the page script blocked it with errors.
 *
 * @example
 * if (!(await submitStep(actor))) await fixErrors();
 */
export async function submitStep(a: Actor): Promise<boolean> {
  await pause(a, 700);
  // Runs after the page script's submit handler (registered first), so it sees whether that blocked it.
  await a.page.evaluate(
    "document.querySelector('#move-in-form')?.addEventListener('submit', (e) => { window.__simBlocked = e.defaultPrevented; }, { once: true })",
  );
  const loaded = a.page.waitForEvent('load', { timeout: 30_000 });
  loaded.catch(() => undefined); // not awaited when the submit is blocked
  await a.page.locator('#move-in-form button[type=submit]').click();
  const blocked = await a.page.evaluate('window.__simBlocked === true').catch(() => false); // already navigating: sent
  if (blocked) return false;
  await loaded;
  return true;
}

/**
 * The field ids showing a KRDS error (`.form-hint-invalid`) right now; also remembered on the actor.
 *
 * @example
 * if ((await visibleErrors(actor)).includes('phone')) …
 */
export async function visibleErrors(a: Actor): Promise<string[]> {
  const fields = await a.page
    .locator('.form-group:has(.form-hint-invalid)')
    .evaluateAll((groups) => groups.map((g) => g.getAttribute('data-field') ?? ''));
  for (const f of fields) if (f) a.errors.add(f);
  return fields.filter(Boolean);
}
