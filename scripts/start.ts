// `pnpm start`: the whole product for a first look, on the embedded store.
// Starts the collector (which serves the dashboard) as a child process, the demo complaint site in this
// process, seeds demo traffic once (with a progress bar), marks the demo's redesign as a change, and
// prints where to click. Ctrl-C / SIGTERM stops both; the collector flushes everything acknowledged.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startDemoSite } from '@minwon-ux/demo-site';
import { runSimulation } from '@minwon-ux/demo-site/simulate';
import { createProgressBar, generateSyntheticBatches, postSyntheticBatches } from '@minwon-ux/demo-site/synthetic';
import { sqlSnippet } from './sql-snippet.ts';

const port = Number(process.env.PORT ?? 8787);
const demoPort = Number(process.env.DEMO_PORT ?? 8790);
const sqlPort = Number(process.env.MINWON_SQL_PORT || 8123);
const dataDir = resolve(process.env.DATA_DIR ?? './data');
const seedSessions = Number(process.env.DEMO_SESSIONS ?? 3000);
// Share of the demo site's sessions recorded for replay, and how many browser sessions the first
// start records in the background, so the replay view and the insights' example sessions have some.
const demoReplay = Number(process.env.DEMO_REPLAY ?? 0.5);
const replaySessions = Number(process.env.DEMO_REPLAY_SESSIONS ?? 8);
// The demo asks for the satisfaction survey after an application (issue 16); DEMO_SURVEY=0 turns it off.
const demoSurvey = process.env.DEMO_SURVEY !== '0';
const collectorUrl = `http://localhost:${port}`;
const demoOrigin = `http://localhost:${demoPort}`;
const seededMarker = join(dataDir, 'demo-seeded.json');
const adminEmail = process.env.MINWON_ADMIN_EMAIL ?? 'admin@minwon.local';
const DAY = 86_400_000;

mkdirSync(dataDir, { recursive: true });
const firstStart = !existsSync(seededMarker);
// The demo needs the admin password to mark its redesign; a fresh one is made on first start and shown once.
const adminPassword =
  process.env.MINWON_ADMIN_PASSWORD ?? (firstStart ? randomBytes(9).toString('base64url') : undefined);

const sites = [{ key: 'demo', name: '정부민원포털 (데모)', origins: [demoOrigin, `http://127.0.0.1:${demoPort}`] }];
const collector: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'apps/collector/src/server.ts'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    MINWON_SITES: JSON.stringify(sites),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // The seeded visitors each carry their own X-Forwarded-For; trusting it here lets the per-client
    // rate limit see them as the different people they stand for. Production decides for itself.
    TRUST_PROXY: process.env.TRUST_PROXY ?? '1',
    ...(adminPassword ? { MINWON_ADMIN_PASSWORD: adminPassword } : {}),
  },
});
collector.on('exit', (code) => {
  if (!stopping) {
    process.stderr.write(`collector exited (${code}); stopping.\n`);
    process.exit(code ?? 1);
  }
});

let stopping = false;
const demo = await startDemoSite({
  port: demoPort,
  collectorUrl,
  siteKey: 'demo',
  replay: demoReplay,
  survey: demoSurvey,
});
async function stop() {
  if (stopping) return;
  stopping = true;
  await demo.close();
  collector.kill('SIGTERM');
  collector.once('exit', (code) => process.exit(code ?? 0));
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

async function waitForCollector() {
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${collectorUrl}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the collector did not become ready');
}

async function markRedesign(fixedOn: string) {
  const login = await fetch(`${collectorUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: collectorUrl },
    body: JSON.stringify({ email: adminEmail, password: adminPassword }),
  });
  if (!login.ok) throw new Error(`demo login failed (${login.status})`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const res = await fetch(`${collectorUrl}/api/sites/demo/changes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken, origin: collectorUrl },
    body: JSON.stringify({
      changedOn: fixedOn,
      scope: 'field',
      target: 'move-in/phone',
      description: '휴대전화 입력란: 하이픈 허용, 입력 예시 표시',
    }),
  });
  if (!res.ok) throw new Error(`marking the demo redesign failed (${res.status})`);
}

async function seed() {
  const end = Date.now();
  const fixedOn = new Date(end - 10 * DAY).toISOString().slice(0, 10);
  process.stderr.write(`Seeding ${seedSessions} demo sessions over 28 days (phone field fixed on ${fixedOn}) ...\n`);
  const bar = createProgressBar(process.stderr, seedSessions, 'sessions');
  const batches = generateSyntheticBatches({
    sessions: seedSessions,
    days: 28,
    end,
    seed: 1,
    origin: demoOrigin,
    fixedAt: { 'phone-hyphen': `${fixedOn}T00:00:00Z` },
    progressEvery: 25,
    onProgress: (p) => bar.update(p.sessions, `${p.events} events`),
  });
  const posted = await postSyntheticBatches(batches, { collector: collectorUrl, origin: demoOrigin });
  bar.finish(`${posted.events} events sent`);
  await markRedesign(fixedOn);
  writeFileSync(seededMarker, JSON.stringify({ seededAt: new Date(end).toISOString(), sessions: seedSessions }));
}

/**
 * Drives a few citizens through the demo site in real Chromium (in the background, one at a time):
 * with `data-replay` at DEMO_REPLAY, about that share of them is recorded for replay. Skipped with a
 * note when no Chromium is installed.
 */
async function recordReplays(): Promise<void> {
  if (replaySessions <= 0 || demoReplay <= 0) return;
  try {
    const results = await runSimulation({ baseUrl: demoOrigin, sessions: replaySessions, seed: 14, concurrency: 1 });
    const done = results.filter((r) => r.outcome !== 'error').length;
    process.stderr.write(
      `Recorded ${done} simulated browser sessions (about ${Math.round(demoReplay * 100)}% with a replay).\n`,
    );
  } catch (error) {
    process.stderr.write(
      `No example replays recorded (${(error as Error).message.split('\n')[0]}); set CHROMIUM_PATH to record some.\n`,
    );
  }
}

await waitForCollector();
if (firstStart) {
  await seed();
  void recordReplays();
}
process.stdout.write(`
  minwon-ux is running (embedded ClickHouse in ${dataDir})

  Dashboard      ${collectorUrl}/
                 log in as ${adminEmail}${adminPassword && firstStart ? ` / ${adminPassword}   (shown once; keep it)` : ' with the password shown at first start'}
  Demo site      ${demoOrigin}/          (정부민원포털 — fix switches: ${demoOrigin}/__demo/fixes)
${await sqlSnippet({ collectorUrl, sqlPort, dataDir, adminEmail, adminPassword })}
  Ctrl-C stops everything.
`);
