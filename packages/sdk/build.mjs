// Builds the SDK: the script-tag IIFE (dist/sdk.js), the ESM package (dist/esm), the extension chunk
// (dist/sdk-ext.js: click capture, the replay loader, and what loads on demand) that the core loads
// at start, and the replay recorder (dist/sdk-replay.js) that the extension loads for sampled sessions.
// Fails (exit 1) when the script-tag core grows past the 8 KB gzip budget of issue 4.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minify } from 'terser';

/** Script-tag core budget (issue 4), gzip level 9 bytes. */
export const CORE_BUDGET_GZIP = 8 * 1024;
/** Hard limit enforced by the build: the budget. Never raise it. */
export const CORE_LIMIT_GZIP = 8192;

const root = new URL('.', import.meta.url).pathname;
const common = {
  bundle: true,
  minify: true,
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
  // Internal-only property names end with `_` (ctx.emit_, forms.resume_, …) and are shortened in
  // the builds. Wire-contract fields and the public `window.minwonUx` API never end with `_`.
  mangleProps: /_$/,
};

await mkdir(`${root}dist`, { recursive: true });
// The core: esbuild bundles and minifies, terser's multi-pass compressor then inlines the many
// single-use capture functions (~4% gzip). ASCII-only output: a page in EUC-KR decodes it correctly.
// One mangle cache for every build: the extension chunk uses the core's own objects (ctx, dom), so
// an internal property must get the same short name in each bundle.
const core = await build({
  ...common,
  entryPoints: ['src/script-tag.ts'],
  format: 'iife',
  write: false,
  mangleCache: {},
});
let mangleCache = core.mangleCache;
const { code } = await minify(core.outputFiles[0].text, {
  ecma: 2020,
  // unsafe: template literals and String(x) become string concatenation (differs only for symbols and
  // objects with valueOf — the API's try/catch covers a Symbol passed as a name), Number.NEGATIVE_INFINITY
  // becomes -1/0; unsafe_methods: no method is used as a constructor. Checked on the diff of the output.
  compress: { passes: 3, unsafe: true, unsafe_methods: true },
  format: { ascii_only: true },
});
await writeFile(`${root}dist/sdk.js`, code);
const esm = await build({
  ...common,
  minify: false,
  entryPoints: ['src/index.ts'],
  format: 'esm',
  outfile: 'dist/esm/index.js',
  mangleCache,
});
mangleCache = esm.mangleCache;
const ext = await build({ ...common, entryPoints: ['src/ext/index.ts'], format: 'iife', write: false, mangleCache });
const extCode = (await minify(ext.outputFiles[0].text, { ecma: 2020, format: { ascii_only: true } })).code;
await writeFile(`${root}dist/sdk-ext.js`, extCode);
// The page-chrome chunk (issue 14): loaded by the extension chunk once a page shows form fields.
const chrome = await build({
  ...common,
  entryPoints: ['src/chrome/chunk.ts'],
  format: 'iife',
  write: false,
  mangleCache,
});
const chromeCode = (await minify(chrome.outputFiles[0].text, { ecma: 2020, format: { ascii_only: true } })).code;
await writeFile(`${root}dist/sdk-chrome.js`, chromeCode);
// The heatmap overlay chunk (issue 18): loaded by the extension chunk only on a page opened with an
// overlay token from the dashboard.
const overlay = await build({
  ...common,
  entryPoints: ['src/heatmap-overlay/index.ts'],
  format: 'iife',
  write: false,
  mangleCache,
});
const overlayCode = (await minify(overlay.outputFiles[0].text, { ecma: 2020, format: { ascii_only: true } })).code;
await writeFile(`${root}dist/sdk-overlay.js`, overlayCode);
// The satisfaction survey chunk (issue 16): loaded by the extension chunk after a form success on a
// site with data-survey="1".
const survey = await build({
  ...common,
  entryPoints: ['src/survey/chunk.ts'],
  format: 'iife',
  write: false,
  mangleCache,
});
const surveyCode = (await minify(survey.outputFiles[0].text, { ecma: 2020, format: { ascii_only: true } })).code;
await writeFile(`${root}dist/sdk-survey.js`, surveyCode);
const replayEntry = 'src/replay/recorder.ts';
try {
  await readFile(`${root}${replayEntry}`);
  await build({ ...common, entryPoints: [replayEntry], format: 'iife', outfile: 'dist/sdk-replay.js' });
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}

const size = gzipSync(code, { level: 9 }).length;
const replay = gzipSync(await readFile(`${root}dist/sdk-replay.js`), { level: 9 }).length;
const extGzip = gzipSync(extCode, { level: 9 }).length;
await writeFile(
  `${root}dist/size.json`,
  JSON.stringify({ sdk: code.length, sdkGzip: size, extGzip, replayGzip: replay }),
);
process.stdout.write(
  `sdk.js ${code.length} B, ${size} B gzip (budget ${CORE_BUDGET_GZIP}); sdk-ext.js ${extGzip} B gzip; sdk-replay.js ${replay} B gzip\n`,
);
if (size > CORE_LIMIT_GZIP) {
  process.stderr.write(`error: sdk.js is ${size} B gzip, over the ${CORE_LIMIT_GZIP} B limit\n`);
  process.exit(1);
}
