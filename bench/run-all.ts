// `pnpm bench`: every benchmark, one after another (they share 2 cores; running them together would
// measure each other). Each prints its own table of ratios against a baseline measured in its run.
import { spawnSync } from 'node:child_process';

const benches = ['bench/ingest/run.ts', 'bench/dashboard/run.ts', 'bench/sdk/run.ts'];
const only = process.argv.slice(2);
let failed = 0;
for (const bench of benches.filter((b) => only.length === 0 || only.some((o) => b.includes(o)))) {
  process.stdout.write(`\n=== ${bench} ===\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', bench], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
