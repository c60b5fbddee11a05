import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** Starts `node --import tsx <script> ...args` and waits for `GET /readyz` to answer 200. */
export async function startChild(script: string, args: string[], env: Record<string, string>, port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`${script} did not become ready`);
}

export async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  child.kill(signal);
  return exited;
}

/** Resident set size of a process in MiB (Linux). */
export function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/** Samples the RSS of `pid` every 100 ms while `work` runs; returns the work's result and the peak. */
export async function withPeakRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakMiB: number }> {
  let peakMiB = rssMiB(pid);
  const timer = setInterval(() => {
    peakMiB = Math.max(peakMiB, rssMiB(pid));
  }, 100);
  try {
    return { result: await work(), peakMiB };
  } finally {
    clearInterval(timer);
  }
}

/** CPU time (user + system) in ms of a whole process and of its main thread (Linux, 10 ms ticks). */
export function cpuMs(pid: number): { process: number; main: number } {
  const ticks = (stat: string) => {
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  return {
    process: ticks(readFileSync(`/proc/${pid}/stat`, 'utf8')),
    main: ticks(readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8')),
  };
}

/** Server CPU per answered request while `work` runs: whole process and main thread, in ms. */
export async function cpuPerRequest<T extends { answered: number }>(pid: number, work: () => Promise<T>) {
  const before = cpuMs(pid);
  const result = await work();
  const after = cpuMs(pid);
  const n = Math.max(1, result.answered);
  return { result, processMs: (after.process - before.process) / n, mainMs: (after.main - before.main) / n };
}
