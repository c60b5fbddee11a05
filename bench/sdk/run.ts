import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '@minwon-ux/testkit/chromium';
import { listenOnLoopback } from '@minwon-ux/testkit/static-server';
import type { Browser } from 'playwright-core';
import { runInteractions } from '../../packages/sdk/test/support/interactions.ts';

/**
 * SDK benchmark (issue 4), every figure measured in this run:
 *   (a) gzip size (node:zlib level 9) of the file each tool ships for a script tag;
 *   (b) main-thread time per 100 scripted interactions on the same KRDS fixture page with and
 *       without our SDK, alternating rounds, CDP `Performance.getMetrics` deltas; medians.
 * `node --import tsx bench/sdk/run.ts` after `pnpm --filter @minwon-ux/sdk build`
 * (env BENCH_ROUNDS, default 5 per variant; BENCH_INTERACTIONS, default 100).
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const INTERACTIONS = Number(process.env.BENCH_INTERACTIONS ?? 100);
const root = new URL('../../', import.meta.url);
const at = (path: string) => new URL(path, root);

/** The file a site would put in its script tag, per tool, as each npm package ships it. */
const SHIPPED: [string, string][] = [
  ['minwon-ux core (dist/sdk.js)', 'packages/sdk/dist/sdk.js'],
  ['minwon-ux replay chunk (lazy)', 'packages/sdk/dist/sdk-replay.js'],
  ['posthog-js (dist/array.js)', 'bench/node_modules/posthog-js/dist/array.js'],
  ['posthog-js + recorder (array.full.js)', 'bench/node_modules/posthog-js/dist/array.full.js'],
  ['rrweb recorder (@rrweb/record umd.min)', 'bench/node_modules/@rrweb/record/dist/record.umd.min.cjs'],
  ['Plausible (@plausible-analytics/tracker)', 'bench/node_modules/@plausible-analytics/tracker/plausible.js'],
];

async function sizes(): Promise<string[][]> {
  const rows = [];
  for (const [name, path] of SHIPPED) {
    const bytes = await readFile(at(path));
    rows.push([name, String(bytes.length), String(gzipSync(bytes, { level: 9 }).length)]);
  }
  rows.push(['Umami', 'n/a', 'n/a (no tracker package on npm)']);
  return rows;
}

/** Serves the fixture with or without the SDK, the SDK build, and a 202 sink for its events. */
async function startSite() {
  const html = await readFile(at('packages/sdk/test/fixtures/krds-long.html'), 'utf8');
  const sdk = await readFile(at('packages/sdk/dist/sdk.js'));
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/v1/')) {
      req.resume();
      return res.writeHead(202, { 'Access-Control-Allow-Origin': '*' }).end();
    }
    if (url === '/sdk.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(sdk);
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const page = url.startsWith('/with')
      ? html.replaceAll('%SDK%', `${origin}/sdk.js`).replaceAll('%ENDPOINT%', origin)
      : html.replace(/<script src="%SDK%"[^>]*><\/script>/, '');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
  });
  return { origin: await listenOnLoopback(server), close: () => server.close() };
}

interface Round {
  scriptMs: number;
  taskMs: number;
  /** CPU-profile self time of functions from `/sdk.js` (0 without the SDK). */
  sdkSelfMs: number;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
}

/** Self time per profile node from the samples and their time deltas (µs). */
function sdkSelfMs(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): number {
  const sdkNodes = new Set(profile.nodes.filter((n) => n.callFrame.url.endsWith('/sdk.js')).map((n) => n.id));
  let micros = 0;
  const { samples = [], timeDeltas = [] } = profile;
  // a sample's duration is the delta to the next sample
  for (let i = 0; i < samples.length - 1; i++) if (sdkNodes.has(samples[i]!)) micros += timeDeltas[i + 1] ?? 0;
  return micros / 1000;
}

async function measure(browser: Browser, url: string, withSdk: boolean): Promise<Round> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  if (withSdk) await page.waitForFunction(() => !!(window as { minwonUx?: unknown }).minwonUx);
  await page.waitForTimeout(300);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { script: get('ScriptDuration'), task: get('TaskDuration') };
  };
  const before = await read();
  await runInteractions(page, INTERACTIONS);
  await page.waitForTimeout(300); // let debounced scans (≤ 250 ms) run inside the window
  const after = await read();
  const { profile } = await cdp.send('Profiler.stop');
  await context.close();
  return {
    scriptMs: (after.script - before.script) * 1000,
    taskMs: (after.task - before.task) * 1000,
    sdkSelfMs: sdkSelfMs(profile),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main() {
  process.stdout.write(`${table(['shipped file', 'bytes', 'gzip -9'], await sizes())}\n\n`);

  const site = await startSite();
  const browser = await launchChromium();
  const runs: Record<'with' | 'without', Round[]> = { with: [], without: [] };
  try {
    await measure(browser, `${site.origin}/with`, true); // warm-up: caches, JIT
    for (let i = 0; i < ROUNDS; i++) {
      // alternate, and alternate which goes first, so drift on a shared machine hits both
      const order = i % 2 ? (['without', 'with'] as const) : (['with', 'without'] as const);
      for (const variant of order)
        runs[variant].push(await measure(browser, `${site.origin}/${variant}`, variant === 'with'));
    }
  } finally {
    await browser.close();
    site.close();
  }
  const m = (variant: 'with' | 'without', key: keyof Round) => median(runs[variant].map((r) => r[key]));
  const rows = (['scriptMs', 'taskMs'] as const).map((key) => {
    const w = m('with', key);
    const wo = m('without', key);
    return [
      key === 'scriptMs' ? 'ScriptDuration' : 'TaskDuration',
      wo.toFixed(1),
      w.toFixed(1),
      (w / wo).toFixed(2),
      ((w - wo) / INTERACTIONS).toFixed(3),
    ];
  });
  const self = m('with', 'sdkSelfMs');
  rows.push(['SDK self time (CPU profile)', '-', self.toFixed(1), '-', (self / INTERACTIONS).toFixed(3)]);
  process.stdout.write(
    `main thread per ${INTERACTIONS} interactions, median of ${ROUNDS} alternating rounds (ms)\n` +
      `${table(['metric', 'without SDK', 'with SDK', 'ratio', 'extra ms/interaction'], rows)}\n` +
      "ScriptDuration/TaskDuration include the page and Playwright's own injected scripts; the profile row is\n" +
      'the time spent in functions of /sdk.js only (sampled every 100 µs).\n',
  );
}

await main();
