import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCollectorEnv } from './bodies.ts';
import { freePort, repoRoot, stopChild } from './child.ts';
import { openLoop } from './load.ts';

/**
 * Profiles the collector's main thread while the load generator drives it at a fixed rate:
 * `node --import tsx bench/ingest/profile.ts` (env RATE default 300, BENCH_SECONDS default 10,
 * TOP default 40). Prints the top functions by self and by inclusive time within the load window,
 * as a share of the busy (non-idle) time; keeps the `.cpuprofile` for Chrome DevTools. The sampled
 * time is wall time on the thread, so on a busy machine it includes time the thread lost its core;
 * use `cpu.ts` for CPU figures and this for where they go.
 */
const RATE = Number(process.env.RATE ?? 300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const TOP = Number(process.env.TOP ?? 40);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const outDir = mkdtempSync(join(tmpdir(), 'minwon-ux-profile-'));
const dataDir = mkdtempSync(join(tmpdir(), 'minwon-ux-bench-'));
const port = await freePort();
const child = spawn(
  process.execPath,
  ['--cpu-prof', '--cpu-prof-dir', outDir, '--import', 'tsx', 'apps/collector/src/server.ts'],
  {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...benchCollectorEnv(dataDir, port) },
  },
);
while (
  !(await fetch(`http://127.0.0.1:${port}/readyz`).then(
    (r) => r.ok,
    () => false,
  ))
) {
  await new Promise((r) => setTimeout(r, 100));
}
await openLoop(port, { rate: RATE, seconds: 2 });
// V8 stamps samples with the monotonic clock in µs, as process.hrtime does in ns.
const from = Number(process.hrtime.bigint() / 1000n);
const load = await openLoop(port, { rate: RATE, seconds: SECONDS });
await new Promise((r) => setTimeout(r, 1500)); // the last segment's seal and drain belong to the load
const to = Number(process.hrtime.bigint() / 1000n);
await stopChild(child);
rmSync(dataDir, { recursive: true, force: true });

const main = readdirSync(outDir).find((f) => /\.0\.\d+\.cpuprofile$/.test(f));
if (!main) throw new Error(`no main-thread profile in ${outDir}`);
summarize(JSON.parse(readFileSync(join(outDir, main), 'utf8')) as Profile, load.sent);
process.stdout.write(`profile: ${join(outDir, main)}\n`);

function summarize(profile: Profile, requests: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url
      .replace(/^.*\/node_modules\/(\.pnpm\/)?/, '')
      .replace(repoRoot, '')
      .replace(/^file:\/\//, '')}`;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i]!;
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const node = byId.get(id)!;
    if (t < from || t > to || node.callFrame.functionName === '(idle)') return;
    busy += dt;
    self.set(name(node), (self.get(name(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at)!);
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
      seen.add(key);
    }
  });
  const perRequest = (us: number) => (us / requests).toFixed(0).padStart(5);
  process.stdout.write(
    `main thread busy ${(busy / 1000).toFixed(0)} ms over ${requests} requests at ${RATE} req/s: ${perRequest(busy)} µs/request (sampled wall time)\n`,
  );
  for (const [title, map] of [
    ['self', self],
    ['inclusive', inclusive],
  ] as const) {
    process.stdout.write(`--- ${title}: share of busy, µs/request\n`);
    for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
      process.stdout.write(`${((100 * us) / busy).toFixed(1).padStart(5)} % ${perRequest(us)}  ${key}\n`);
    }
  }
}
