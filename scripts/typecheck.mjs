// Typechecks every workspace project with its own tsconfig (browser code gets DOM libs, Node code
// gets Node types; neither can see the other's). Projects run in parallel, one per core (a project is
// one single-threaded tsc), the slowest first; each project's output is printed whole when it ends.
// TYPECHECK_JOBS overrides the number of parallel projects.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
/** Measured seconds on one core (see docs/ARCHITECTURE.md, CI): the slowest start first. */
const COST = { 'apps/collector': 17, bench: 10, 'apps/demo-site': 8, 'packages/sdk/test': 8, e2e: 8 };

const roots = ['packages', 'apps'].flatMap((dir) => readdirSync(dir).map((name) => `${dir}/${name}`));
const projects = [...roots, 'packages/sdk/test', 'apps/collector/test', 'apps/dashboard/test', 'e2e', 'bench', 'scripts']
  .filter((dir) => existsSync(`${dir}/tsconfig.json`))
  .sort((a, b) => (COST[b] ?? 0) - (COST[a] ?? 0));
const jobs = Math.max(1, Number(process.env.TYPECHECK_JOBS) || availableParallelism());

function check(project) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [tsc, '--noEmit', '--pretty', '-p', project], { stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`${output}typecheck ${code === 0 ? 'ok' : 'FAILED'}: ${project} (${seconds} s)\n`);
      resolve(code === 0);
    });
  });
}

const queue = [...projects];
const results = await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    let ok = true;
    for (let project = queue.shift(); project; project = queue.shift()) ok = (await check(project)) && ok;
    return ok;
  }),
);
process.exit(results.every(Boolean) ? 0 : 1);
