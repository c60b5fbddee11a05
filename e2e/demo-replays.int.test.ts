import type { JourneyResponse } from '@minwon-ux/api-contract';
import { type RunningDemoSite, startDemoSite } from '@minwon-ux/demo-site';
import { runSimulation } from '@minwon-ux/demo-site/simulate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginOverHttp, registerSite } from './story/admin-api.ts';
import { pollUntil } from './story/poll.ts';
import { type RunningCollector, startCollectorServer } from './support/collector-server.ts';

// What `pnpm start` does on first start so the replay view is not empty: the demo site asks the SDK
// to record sessions for replay (`data-replay`, DEMO_REPLAY) and a simulated citizen goes through it
// in real Chromium; the session's replay reaches the collector and its journey says a replay exists.

let collector: RunningCollector;
let demo: RunningDemoSite;

beforeAll(async () => {
  collector = await startCollectorServer();
  demo = await startDemoSite({
    port: 0,
    hostname: '127.0.0.1',
    collectorUrl: collector.url,
    siteKey: 'demo',
    replay: 1,
  });
  const origins = [demo.url, `http://127.0.0.1:${demo.port}`];
  await registerSite(collector.url, await loginOverHttp(collector.url), { key: 'demo', name: '데모', origins });
}, 60_000);
afterAll(async () => {
  await demo?.close();
  await collector?.close();
});

describe('demo replays', () => {
  it('a simulated session is recorded, and its journey links its replay', async () => {
    const [result] = await runSimulation({ baseUrl: demo.url, sessions: 1, seed: 3, speed: 0.05, device: 'desktop' });
    expect(result!.outcome).not.toBe('error');
    const [chunk] = await pollUntil(
      () =>
        collector.rows<{ session_id: string }>("SELECT session_id FROM minwon_ux.replay_chunks WHERE site_id = 'demo'"),
      (rows) => rows.length > 0,
      { timeoutMs: 30_000, what: 'a replay chunk' },
    );
    const day = new Date().toISOString().slice(0, 10);
    const session = await collector.login();
    const journey = await pollUntil(
      async () => {
        const res = await collector.app.request(
          `/api/sites/demo/sessions/${encodeURIComponent(chunk!.session_id)}/journey?from=${day}&to=${day}`,
          { headers: session.headers },
        );
        return res.status === 200 ? ((await res.json()) as JourneyResponse) : undefined;
      },
      (j) => (j?.entries.length ?? 0) > 0,
      { timeoutMs: 30_000, what: 'the session’s events' },
    );
    expect(journey!.replay).toBe(true);
    expect(journey!.entries[0]!.kind).toBe('page');
  }, 180_000);
});
