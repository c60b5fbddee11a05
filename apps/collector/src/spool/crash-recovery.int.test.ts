import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../store/create-store.ts';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'minwon-ux-crash-'));
const ORIGIN = 'https://minwon.example.go.kr';
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** The real collector as a child process: `node --import tsx apps/collector/src/server.ts`. */
async function startCollector(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/collector/src/server.ts'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      MINWON_SQL_PORT: '0', // test files run in parallel: never bind the shared default 8123
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      RATE_CLIENT_RPS: '0',
      RATE_SITE_RPS: '0',
      MINWON_ADMIN_PASSWORD: 'crash-test-password-0',
      MINWON_SITES: JSON.stringify([{ key: 'crash', name: 'Crash', origins: [ORIGIN] }]),
    },
  });
  children.push(child);
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    if (child.exitCode !== null) throw new Error(`collector exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('collector did not become ready');
}

const event = () => ({ id: randomUUID(), seq: 1, t: Date.now(), kind: 'page_view', path: '/apply' });

describe('kill -9 in the middle of a load, then restart', () => {
  it('stores every acknowledged event exactly once', async () => {
    const port = await freePort();
    const first = await startCollector(port);
    const acked: string[] = [];
    const ackedBodies: string[] = [];
    let stop = false;
    const worker = async () => {
      while (!stop) {
        const events = Array.from({ length: 20 }, event);
        const body = JSON.stringify({ v: 1, site: 'crash', sid: 'session-crash-1', sentAt: Date.now(), events });
        const res = await fetch(`http://127.0.0.1:${port}/v1/events`, {
          method: 'POST',
          body,
          headers: { 'content-type': 'text/plain', origin: ORIGIN },
        }).catch(() => undefined);
        if (res?.status === 202) {
          acked.push(...events.map((e) => e.id));
          ackedBodies.push(body);
        } else if (!res) return; // the collector is gone
      }
    };
    const load = Promise.all(Array.from({ length: 24 }, worker));
    // Kill mid-load: once enough is acknowledged that segments are both sealed and open (machines are shared).
    const started = Date.now();
    while ((acked.length < 3000 || Date.now() - started < 1500) && Date.now() - started < 60_000) {
      await new Promise((r) => setTimeout(r, 50));
    }
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    stop = true;
    await load;
    expect(acked.length).toBeGreaterThan(1000);

    const second = await startCollector(port);
    // Clients retry batches whose answer the crash swallowed: the restarted collector remembers the
    // ids acknowledged before it (still on the spool or just inserted) and counts none twice.
    for (const body of [ackedBodies[0]!, ...ackedBodies.slice(-10)]) {
      const res = await fetch(`http://127.0.0.1:${port}/v1/events`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'text/plain', origin: ORIGIN },
      });
      expect(res.status).toBe(202);
      expect(await res.json()).toMatchObject({ accepted: 0 });
    }
    const exited = new Promise<number | null>((r) => second.once('exit', (code) => r(code)));
    second.kill('SIGTERM');
    expect(await exited).toBe(0);

    const store = createStore({ mode: 'embedded', path: join(dataDir, 'clickhouse'), database: 'minwon_ux' });
    try {
      const result = await store.client.query({
        query: `SELECT count() AS rows, uniqExact(event_id) AS ids,
                  countIf(event_id IN {acked:Array(UUID)}) AS acked_rows,
                  uniqExactIf(event_id, event_id IN {acked:Array(UUID)}) AS acked_ids
                FROM minwon_ux.events WHERE site_id = 'crash'`,
        query_params: { acked },
        format: 'JSONEachRow',
      });
      const [c] = await result.json<Record<string, string>>();
      expect(Number(c!.acked_ids)).toBe(acked.length); // nothing acknowledged lost
      expect(Number(c!.acked_rows)).toBe(acked.length); // nothing acknowledged twice
      expect(Number(c!.rows)).toBe(Number(c!.ids)); // no duplicates at all
    } finally {
      await store.close();
    }
  }, 180_000);
});
