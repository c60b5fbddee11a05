import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningDemoSite, startDemoSite } from '../server.ts';
import { runSimulation } from './run.ts';

// A persona who never gives up, types the phone number with hyphens and goes by the menu.
const determined = {
  giveUpPerError: 0,
  attachAbandon: { problem: 0, fixed: 0 },
  phoneHyphen: 1,
  searchFirst: 0,
  spotsHiddenLabel: 1,
  wrongClick: 0,
};

describe('runSimulation in real Chromium', () => {
  let site: RunningDemoSite;
  beforeAll(async () => {
    // No collector: the SDK script tag points at a closed port and fails fast, as the brief allows.
    site = await startDemoSite({ port: 0, collectorUrl: 'http://127.0.0.1:9' });
  });
  afterAll(() => site.close());

  it('completes the application, meeting the phone problem until it is fixed', async () => {
    const options = {
      baseUrl: site.url,
      sessions: 1,
      seed: 5,
      speed: 0.05,
      personas: ['office-worker'] as const,
      device: 'desktop' as const,
      traits: determined,
    };
    const [before] = await runSimulation(options);
    expect(before, JSON.stringify(before)).toMatchObject({ outcome: 'completed', persona: 'office-worker' });
    expect(before!.receiptNumber).toMatch(/^2AA-\d{4}-\d{6}$/);
    expect(before!.errorFields).toContain('phone');

    const res = await fetch(`${site.url}/__demo/fixes`, {
      method: 'POST',
      body: JSON.stringify({ 'phone-hyphen': true }),
    });
    expect(res.status).toBe(200);
    const [after] = await runSimulation(options);
    expect(after, JSON.stringify(after)).toMatchObject({ outcome: 'completed' });
    expect(after!.errorFields).not.toContain('phone');
  }, 180_000);
});
