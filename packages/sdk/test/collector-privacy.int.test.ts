import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../e2e/support/browser.ts';
import { type RunningCollector, startCollectorServer } from '../../../e2e/support/collector-server.ts';
import { secretFragments, typedValues } from './support/privacy-inputs.ts';
import { type Servers, startServers } from './support/servers.ts';

// The privacy test end to end: a citizen types resident numbers, phone numbers and emails, the page
// echoes them into its error messages, and none of it is in ClickHouse (the SDK redacts, the
// collector scrubs again).

const typed = typedValues;
const secrets = secretFragments;

let servers: Servers;
let collector: RunningCollector;
let browser: Browser;

beforeAll(async () => {
  servers = await startServers();
  collector = await startCollectorServer({
    sites: [{ key: 'test-site', name: '개인정보 테스트', origins: [servers.site] }],
  });
  servers.setEndpoint(collector.url);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await collector?.close();
  await servers?.close();
});

async function waitForRows<T>(query: string, atLeast: number): Promise<T[]> {
  for (let i = 0; i < 150; i++) {
    const rows = await collector.rows<T>(query);
    if (rows.length >= atLeast) return rows;
    await new Promise((r) => setTimeout(r, 100));
  }
  return collector.rows<T>(query);
}

describe('privacy through the real collector into ClickHouse', () => {
  it('no typed value is stored in any column, though errors and dwell are', async () => {
    const page = await browser.newPage();
    await page.goto(`${servers.site}/privacy.html`);
    await page.waitForFunction(() => !!window.minwonUx);
    for (const [selector, value] of Object.entries(typed)) await page.fill(selector, value);
    await page.click('button[type=submit]');
    await page.waitForTimeout(800);
    await page.goto(`${servers.site}/blank.html`);
    await page.close();

    const errors = await waitForRows<{ field_id: string; error_message: string }>(
      "SELECT field_id, error_message FROM minwon_ux.events WHERE site_id = 'test-site' AND kind = 'input_error' ORDER BY field_id",
      2,
    );
    expect(errors.map((e) => e.field_id)).toEqual(['mobile', 'rrn']);
    await waitForRows("SELECT 1 FROM minwon_ux.events WHERE site_id = 'test-site' AND kind = 'field_dwell'", 4);
    const rows = await collector.rows<{ r: string }>(
      'SELECT toString(tuple(* EXCEPT (event_id, session_id, visitor_id, ts, received_at))) AS r FROM minwon_ux.events',
    );
    const stored = rows.map((x) => x.r).join('\n');
    for (const secret of secrets) expect(stored, secret).not.toContain(secret);
    const replay = await waitForRows<{ d: string }>('SELECT data AS d FROM minwon_ux.replay_chunks', 1);
    expect(replay.length, 'the sampled session was recorded').toBeGreaterThan(0);
    const replayText = replay.map((x) => x.d).join('\n');
    for (const secret of secrets) expect(replayText, secret).not.toContain(secret);
  });
});
