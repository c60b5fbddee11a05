// Typechecks every workspace project with its own tsconfig (browser code gets DOM libs, Node code
// gets Node types; neither can see the other's).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const roots = ['packages', 'apps'].flatMap((dir) => readdirSync(dir).map((name) => `${dir}/${name}`));
const projects = [...roots, 'packages/sdk/test', 'e2e', 'bench', 'scripts'].filter((dir) =>
  existsSync(`${dir}/tsconfig.json`),
);
let failed = false;
for (const project of projects) {
  try {
    execFileSync('npx', ['tsc', '--noEmit', '-p', project], { stdio: 'inherit' });
    process.stdout.write(`typecheck ok: ${project}\n`);
  } catch {
    failed = true; // tsc printed the errors; go on to report every project
  }
}
process.exit(failed ? 1 : 0);
