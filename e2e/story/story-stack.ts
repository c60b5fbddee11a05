import { createClientIp } from '@minwon-ux/collector';
import { type RunningDemoSite, startDemoSite } from '@minwon-ux/demo-site';
import { type RunningCollector, startCollectorServer } from '../support/collector-server.ts';
import { loginOverHttp, registerSite } from './admin-api.ts';

export const STORY_SITE = { key: 'demo', name: '정부민원포털 (데모)' } as const;

/** The real parts of the story, all on loopback: a collector over a fresh embedded store and the demo site. */
export interface StoryStack {
  collector: RunningCollector;
  demo: RunningDemoSite;
  /** The origins registered for the site (`localhost` and `127.0.0.1` of the demo site). */
  origins: string[];
  close(): Promise<void>;
}

/**
 * Starts the collector first (the demo site must name it in its script tag), then the demo site on a
 * free port, then registers the site with the demo site's origins through the admin API — the same
 * path an administrator takes in Settings. The collector takes the client IP as `pnpm start` does
 * (`TRUST_PROXY=1`): the socket address for the browsers, `X-Forwarded-For` for the seeded visitors.
 *
 * @example
 * const stack = await startStoryStack();
 * await stack.collector.rows('SELECT count() FROM minwon_ux.events');
 */
export async function startStoryStack(): Promise<StoryStack> {
  const collector = await startCollectorServer({ clientIp: createClientIp({ trustProxy: true }) });
  let demo: RunningDemoSite | undefined;
  try {
    demo = await startDemoSite({
      port: 0,
      hostname: '127.0.0.1',
      collectorUrl: collector.url,
      siteKey: STORY_SITE.key,
    });
    const origins = [demo.url, `http://127.0.0.1:${demo.port}`];
    await registerSite(collector.url, await loginOverHttp(collector.url), { ...STORY_SITE, origins });
    const running = demo;
    return {
      collector,
      demo: running,
      origins,
      async close() {
        await running.close();
        await collector.close();
      },
    };
  } catch (error) {
    await demo?.close();
    await collector.close();
    throw error;
  }
}
