import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../store/create-store.ts';
import { runMigrations } from '../store/migrate.ts';
import { ensureBootstrapAdmin } from './bootstrap-admin.ts';

describe('first start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minwon-ux-bootstrap-'));
  const store = createStore({ mode: 'embedded', path: dir, database: 'minwon_ux' });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the admin once, printing a one-time password once when none is configured', async () => {
    await runMigrations(store);
    const printed: string[] = [];
    const config = { adminEmail: 'root@minwon.local', adminPassword: undefined };
    expect(await ensureBootstrapAdmin(store, config, (t) => printed.push(t))).toEqual({ created: true });
    expect(await ensureBootstrapAdmin(store, config, (t) => printed.push(t))).toEqual({ created: false });
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('root@minwon.local');
    const password = /password: (\S+)/.exec(printed[0] ?? '')?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(20);
    const [row] = await (
      await store.client.query({
        query: 'SELECT password_hash, must_change_password, role, agency_id FROM minwon_ux.users FINAL',
        format: 'JSONEachRow',
      })
    ).json<Record<string, unknown>>();
    expect(row).toMatchObject({ must_change_password: 1, role: 'admin', agency_id: 'system' });
    expect(String(row?.password_hash)).toMatch(/^scrypt\$/);
    expect(String(row?.password_hash)).not.toContain(password);
  });
});
