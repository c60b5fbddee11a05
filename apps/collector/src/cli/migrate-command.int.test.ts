import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'minwon-ux-migrate-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = () =>
  execFileSync(process.execPath, ['--import', 'tsx', cli, 'migrate'], {
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dir, CLICKHOUSE_URL: '', CLICKHOUSE_CLUSTER: '' },
  });

describe('minwon-ux migrate', () => {
  it('applies the migrations to the store of its environment without a collector, then nothing', () => {
    expect(run()).toMatch(/^applied: 0001_database, 0002_events, /);
    expect(run()).toBe('nothing to apply\n');
  });
});
