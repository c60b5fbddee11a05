import { constants, mkdtempSync, rmSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuMs } from './child.ts';

/**
 * Main-thread CPU of one spool group commit (one 20-event request's frame, ~9.4 KB, into a
 * zero-filled file): `writev` then `fdatasync`, against one `writev` on a file opened `O_DSYNC`.
 * `node --import tsx bench/ingest/group-commit.ts` (env COMMITS, default 3000).
 */
const COMMITS = Number(process.env.COMMITS ?? 3000);
const frame = Buffer.alloc(9400, 0x61);
const dir = mkdtempSync(join(tmpdir(), 'minwon-ux-group-commit-'));

async function measure(name: string, flags: number | string, commit: (h: FileHandle, at: number) => Promise<void>) {
  const handle = await open(join(dir, name.replace(/\W+/g, '-')), flags);
  const zeros = Buffer.alloc(COMMITS * frame.length);
  await handle.write(zeros, 0, zeros.length, 0);
  await handle.datasync();
  const before = cpuMs(process.pid);
  const started = performance.now();
  for (let i = 0; i < COMMITS; i++) await commit(handle, i * frame.length);
  const us = (ms: number) => ((ms * 1000) / COMMITS).toFixed(0).padStart(4);
  process.stdout.write(
    `${name.padEnd(24)} main thread ${us(cpuMs(process.pid).main - before.main)} µs CPU, ${us(performance.now() - started)} µs wall per commit\n`,
  );
  await handle.close();
}

const DSYNC = constants.O_WRONLY | constants.O_CREAT | constants.O_DSYNC;
for (let round = 0; round < 2; round++) {
  await measure('writev + fdatasync', 'w', async (h, at) => {
    await h.writev([frame], at);
    await h.datasync();
  });
  await measure('O_DSYNC writev', DSYNC, async (h, at) => {
    await h.writev([frame], at);
  });
}
rmSync(dir, { recursive: true, force: true });
