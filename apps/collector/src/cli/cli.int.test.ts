import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCollector, TEST_ADMIN, type TestCollector } from '../testing.ts';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));
let collector: TestCollector;
let server: ReturnType<typeof serve>;
let url: string;

beforeAll(async () => {
  collector = await startTestCollector();
  server = serve({ fetch: collector.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await collector.close();
});

async function cli(...args: string[]): Promise<{ stdout: string; code: number }> {
  const env = {
    ...process.env,
    MINWON_URL: url,
    MINWON_ADMIN_EMAIL: TEST_ADMIN.email,
    MINWON_ADMIN_PASSWORD: TEST_ADMIN.password,
  };
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', CLI, ...args], { env });
    return { stdout, code: 0 };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; code: number };
    return { stdout: `${e.stdout}${e.stderr}`, code: e.code };
  }
}

describe('minwon-ux admin CLI over HTTP', () => {
  it('manages agencies, sites, users and tokens, and writes ClickHouse grants', async () => {
    expect((await cli('agencies', 'add', '--id', 'mois', '--name', '행정안전부')).code).toBe(0);
    const site = await cli(
      'sites',
      'add',
      '--key',
      'gov24',
      '--name',
      '정부24',
      '--origin',
      'https://www.gov.kr',
      '--agency',
      'mois',
    );
    expect(site).toEqual({ stdout: 'created site gov24 (mois)\n', code: 0 });
    expect((await cli('sites', 'list')).stdout).toMatch(/^gov24\tmois\t365d\thttps:\/\/www\.gov\.kr\t정부24$/m);
    const added = await cli('users', 'add', '--email', 'Ana@mois.go.kr', '--role', 'analyst', '--agency', 'mois');
    expect(added.stdout).toMatch(/one-time password \(shown once, must be changed at first login\): \S{20}/);
    expect((await cli('users', 'list')).stdout).toMatch(/ana@mois\.go\.kr\tanalyst\tmois/);
    const token = await cli('tokens', 'create', '--user', 'ana@mois.go.kr', '--name', 'notebook');
    const secret = /secret \(shown once\): (\S+)/.exec(token.stdout)?.[1];
    const tokenId = /token (tok_\w+)/.exec(token.stdout)?.[1];
    const res = await fetch(`${url}/clickhouse?query=${encodeURIComponent('SELECT count() FROM minwon_ux.events')}`, {
      headers: { 'x-clickhouse-user': tokenId ?? '', 'x-clickhouse-key': secret ?? '' },
    });
    expect(await res.text()).toBe('0\n');
    const reset = await cli('users', 'reset-password', '--user', 'ana@mois.go.kr');
    expect(reset.stdout).toMatch(/one-time password \(shown once\): \S+/);
    const out = join(collector.dataDir, 'grants.sql');
    const grants = await cli('clickhouse-grants', '--out', out);
    expect(grants.stdout).toMatch(/analyst ana@mois\.go\.kr\tpassword \(shown once\): \S+/);
    expect(readFileSync(out, 'utf8')).toContain("USING `site_id` IN ('gov24') TO `minwon_agency_mois`");
    expect((await cli('sites', 'delete', '--key', 'gov24')).code).toBe(2);
    expect((await cli('sites', 'delete', '--key', 'gov24', '--yes')).stdout).toBe('deleted site gov24 and its data\n');
  });

  it('fails clearly on bad credentials and unknown commands', async () => {
    const bad = await cli('users', 'list', '--admin-password', 'wrong-password');
    expect(bad).toMatchObject({ code: 1 });
    expect(bad.stdout).toContain('invalid_credentials');
    expect((await cli('frobnicate')).code).toBe(2);
  });
});
