import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Spool } from './spool.ts';

const dirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'minwon-ux-spool-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ event_id: `id-${i}` }));

describe('Spool', () => {
  it('group-commits concurrent appends: many appends, few fsyncs, all durable on resolve', async () => {
    const dir = tempDir();
    const spool = await Spool.open({ dir, maxBytes: 2 ** 26, batchRows: 10_000 });
    await Promise.all(Array.from({ length: 200 }, () => spool.append({ table: 'e', rows: rows(5) })));
    expect(spool.syncs).toBeGreaterThan(0);
    expect(spool.syncs).toBeLessThan(100);
    await spool.close();
    expect(spool.sealed()).toHaveLength(1);
    expect(spool.sealed()[0]!.rows).toBe(1000);
  });

  it('writes into a zero-filled segment, cuts it to its records when sealed, leaves no spare behind', async () => {
    const dir = tempDir();
    const spool = await Spool.open({ dir, maxBytes: 2 ** 26, preallocateBytes: 64 * 1024 });
    await spool.append({ table: 'e', rows: rows(5) });
    const [active] = readdirSync(dir).sort();
    expect(statSync(join(dir, active!)).size).toBe(64 * 1024); // the next segment may be prepared too
    await spool.close();
    const [segment] = spool.sealed();
    expect(statSync(segment!.path).size).toBe(segment!.bytes);
    expect(readdirSync(dir)).toEqual([segment!.name]);
    const reopened = await Spool.open({ dir, maxBytes: 2 ** 26 });
    expect(reopened.sealed().map((s) => s.bytes)).toEqual([segment!.bytes]);
    await reopened.close();
  });

  it('seals a segment at batchRows so one segment is one insert batch', async () => {
    const spool = await Spool.open({ dir: tempDir(), maxBytes: 2 ** 26, batchRows: 100 });
    for (let i = 0; i < 5; i++) await spool.append({ table: 'e', rows: rows(50) });
    expect(spool.sealed().map((s) => s.rows)).toEqual([100, 100]);
    await spool.close();
  });

  it('seals a segment when it is batchMs old', async () => {
    const spool = await Spool.open({ dir: tempDir(), maxBytes: 2 ** 26, batchRows: 1000, batchMs: 50 });
    await spool.append({ table: 'e', rows: rows(3) });
    await new Promise((r) => setTimeout(r, 200));
    expect(spool.sealed()).toHaveLength(1);
    await spool.close();
  });

  it('refuses appends beyond maxBytes with spool_full, and takes them again after a release', async () => {
    const spool = await Spool.open({ dir: tempDir(), maxBytes: 2048, batchRows: 1 });
    await spool.append({ table: 'e', rows: rows(40) });
    await expect(spool.append({ table: 'e', rows: rows(100) })).rejects.toMatchObject({ code: 'spool_full' });
    expect(spool.isFull(2048)).toBe(true);
    await spool.release(spool.sealed()[0]!);
    await spool.append({ table: 'e', rows: rows(40) });
    await spool.close();
  });

  it('finds the segments of a previous run at open, oldest first, and never reuses their names', async () => {
    const dir = tempDir();
    const first = await Spool.open({ dir, maxBytes: 2 ** 26, batchRows: 10 });
    for (let i = 0; i < 3; i++) await first.append({ table: 'e', rows: rows(10) });
    const segments = () => readdirSync(dir).filter((n) => n.endsWith('.seg')); // not a prepared `.next`
    const before = segments().sort();
    const second = await Spool.open({ dir, maxBytes: 2 ** 26, batchRows: 10 });
    expect(second.sealed().map((s) => s.name)).toEqual(before);
    expect(second.bytes).toBe(first.bytes);
    await second.append({ table: 'e', rows: rows(10) });
    const added = segments().filter((n) => !before.includes(n));
    expect(added).toHaveLength(1);
    expect(added[0]! > before[before.length - 1]!).toBe(true);
    await first.close();
    await second.close();
  });

  it('removes a prepared segment a crash left unused, and never takes it for one with records', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '000000000007-0123456789abcdef.seg.next'), Buffer.alloc(4096));
    const spool = await Spool.open({ dir, maxBytes: 2 ** 26 });
    expect(spool.sealed()).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
    await spool.close();
  });

  it('rejects appends after close with spool_closed', async () => {
    const spool = await Spool.open({ dir: tempDir(), maxBytes: 2 ** 26 });
    await spool.close();
    await expect(spool.append({ table: 'e', rows: rows(1) })).rejects.toMatchObject({ code: 'spool_closed' });
  });
});
