// Typechecks every workspace project (browser code gets DOM libs, Node code gets Node types; neither
// can see the other's). Projects with the same settings are checked as one program (scripts/typecheck/
// *.json), so code that several projects import (the collector's src for its tests, e2e and bench) is
// checked once per setting instead of once per project: ≈ 40 s of tsc instead of ≈ 80 s. A project
// dir no group covers is checked on its own. Programs run in parallel, one per core, the slowest first;
// each one's output is printed whole when it ends. TYPECHECK_JOBS overrides the number run at once.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** Group config → the project dirs (each with its own tsconfig.json, for editors) it checks. */
const GROUPS = {
  'scripts/typecheck/node.json': [
    'apps/collector',
    'apps/collector/test',
    'apps/demo-site',
    'packages/testkit',
    'scripts',
  ],
  'scripts/typecheck/browser-test.json': ['packages/sdk/test', 'apps/dashboard/test'],
  'scripts/typecheck/node-dom.json': ['e2e', 'bench'],
  'scripts/typecheck/browser.json': ['packages/schema', 'packages/sdk', 'apps/dashboard'],
};

const roots = ['packages', 'apps'].flatMap((dir) => readdirSync(dir).map((name) => `${dir}/${name}`));
const dirs = [...roots, ...roots.map((dir) => `${dir}/test`), 'e2e', 'bench', 'scripts'].filter((dir) =>
  existsSync(`${dir}/tsconfig.json`),
);
const grouped = new Set(Object.values(GROUPS).flat());
/** In the order above (the slowest first), then the projects no group covers. */
const programs = [...Object.keys(GROUPS), ...dirs.filter((dir) => !grouped.has(dir))];
const jobs = Math.max(1, Number(process.env.TYPECHECK_JOBS) || availableParallelism());

function check(program) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [tsc, '--noEmit', '--pretty', '-p', program], { stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const what = GROUPS[program] ? `${program} (${GROUPS[program].join(', ')})` : program;
      process.stdout.write(`${output}typecheck ${code === 0 ? 'ok' : 'FAILED'}: ${what} in ${seconds} s\n`);
      resolve(code === 0);
    });
  });
}

const queue = [...programs];
const results = await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    let ok = true;
    for (let program = queue.shift(); program; program = queue.shift()) ok = (await check(program)) && ok;
    return ok;
  }),
);
process.exit(results.every(Boolean) ? 0 : 1);
