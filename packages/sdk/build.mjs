// Builds the SDK: the script-tag IIFE (dist/sdk.js), the ESM package (dist/esm), and the replay
// recorder as a separate chunk (dist/sdk-replay.js) that the core loads only for sampled sessions.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('.', import.meta.url).pathname;
const common = {
  bundle: true,
  minify: true,
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

await mkdir(`${root}dist`, { recursive: true });
await build({ ...common, entryPoints: ['src/script-tag.ts'], format: 'iife', outfile: 'dist/sdk.js' });
await build({ ...common, minify: false, entryPoints: ['src/index.ts'], format: 'esm', outfile: 'dist/esm/index.js' });
const replayEntry = 'src/replay/recorder.ts';
try {
  await readFile(`${root}${replayEntry}`);
  await build({ ...common, entryPoints: [replayEntry], format: 'iife', outfile: 'dist/sdk-replay.js' });
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}

const core = await readFile(`${root}dist/sdk.js`);
const size = gzipSync(core, { level: 9 }).length;
await writeFile(`${root}dist/size.json`, JSON.stringify({ sdk: core.length, sdkGzip: size }));
process.stdout.write(`sdk.js ${core.length} B, ${size} B gzip\n`);
if (size > 8 * 1024) process.stderr.write(`warning: sdk.js is ${size} B gzip, over the 8 KB budget\n`);
