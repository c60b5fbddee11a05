import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createDraftStore } from './application/draft-store.ts';
import { createReceiptNumbers } from './application/receipt-number.ts';
import { type DemoSiteOptions, readDemoEnv, resolveDemoSiteOptions } from './config.ts';
import { createFixState } from './fix-state.ts';
import { createApplyRoutes } from './routes/apply.ts';
import { createDemoControlRoutes } from './routes/demo-control.ts';
import { createPageRoutes } from './routes/pages.ts';
import { createStaticRoutes } from './routes/static-assets.ts';
import { pageContext, type SiteState } from './site-state.ts';
import { renderNotFoundPage } from './templates/not-found-page.ts';

export type { DemoSiteOptions } from './config.ts';

/**
 * Creates the demo complaint portal as a Hono app (no server started): pages, the 4-step 전입신고
 * application, KRDS assets, and the `/__demo/*` fix switches.
 *
 * @example
 * const app = createDemoSite({ collectorUrl: 'http://localhost:8787', siteKey: 'demo', fixes: ['phone-hyphen'] });
 * const res = await app.request('/apply/move-in/1');
 */
export function createDemoSite(options: DemoSiteOptions = {}): Hono {
  const resolved = resolveDemoSiteOptions(options);
  const state: SiteState = {
    collectorUrl: resolved.collectorUrl,
    siteKey: resolved.siteKey,
    replay: resolved.replay,
    survey: resolved.survey,
    fixes: createFixState(resolved.fixes),
    drafts: createDraftStore(),
    nextReceiptNumber: createReceiptNumbers(resolved.receiptStart),
    receipts: new Map(),
    now: resolved.now,
  };
  const app = new Hono();
  app.route('/', createStaticRoutes());
  app.route('/', createDemoControlRoutes(state));
  app.route('/', createPageRoutes(state));
  app.route('/', createApplyRoutes(state));
  app.notFound((c) => c.html(renderNotFoundPage(pageContext(state, c.req.path)).value, 404));
  return app;
}

/** A demo site listening on a port. */
export interface RunningDemoSite {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts the demo site on `port` (0 = any free port; all interfaces unless `hostname` is given) and
 * resolves once it listens. `url` uses `localhost`, the origin the collector registers for the demo.
 *
 * @example
 * const site = await startDemoSite({ port: 0, collectorUrl: 'http://127.0.0.1:9' });
 * await site.close();
 */
export function startDemoSite(
  options: DemoSiteOptions & { port?: number; hostname?: string } = {},
): Promise<RunningDemoSite> {
  const { port = 8790, hostname, ...siteOptions } = options;
  const app = createDemoSite(siteOptions);
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
      resolve({
        url: `http://localhost:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { port, options } = readDemoEnv();
  const site = await startDemoSite({ ...options, port, hostname: process.env.DEMO_HOST || undefined });
  process.stderr.write(`demo site: http://localhost:${site.port}\n`);
  const stop = () => void site.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
