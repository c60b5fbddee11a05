import { parseArgs } from 'node:util';
import { PERSONA_IDS, PERSONAS, type PersonaId } from '../personas.ts';
import { runSimulation } from './run.ts';

const USAGE = `Real-browser traffic for the demo site: seeded personas in headless Chromium.

  node --import tsx apps/demo-site/src/simulate/cli.ts --sessions 20 --seed 1

  --url URL          the demo site (default http://localhost:8790 or DEMO_URL)
  --sessions N       sessions (default 20)
  --seed N           seed (default 1)
  --concurrency N    browser contexts at once (default 1)
  --speed X          multiplier on human waits (default 0.3)
  --persona ID       only this persona (repeatable): ${PERSONA_IDS.join(', ')}
`;

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.DEMO_URL ?? 'http://localhost:8790' },
    sessions: { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '1' },
    speed: { type: 'string', default: '0.3' },
    persona: { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  process.stderr.write(USAGE);
  process.exit(0);
}
const unknown = values.persona.filter((p) => !(PERSONA_IDS as readonly string[]).includes(p));
if (unknown.length > 0) {
  process.stderr.write(`unknown persona ${unknown.join(', ')}\n${USAGE}`);
  process.exit(2);
}

const sessions = Number(values.sessions);
const counts: Record<string, number> = {};
const results = await runSimulation({
  baseUrl: values.url,
  sessions,
  seed: Number(values.seed),
  concurrency: Number(values.concurrency),
  speed: Number(values.speed),
  personas: values.persona.length > 0 ? (values.persona as PersonaId[]) : undefined,
  onSession: (r) => {
    counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
    const errors = r.errorFields.length > 0 ? ` errors: ${r.errorFields.join(',')}` : '';
    process.stderr.write(
      `[${String(Object.values(counts).reduce((a, b) => a + b, 0)).padStart(String(sessions).length)}/${sessions}] ${PERSONAS[r.persona].name} (${r.device}) → ${r.outcome}${r.receiptNumber ? ` ${r.receiptNumber}` : ''}${errors} · ${(r.durationMs / 1000).toFixed(1)}s${r.error ? ` · ${r.error}` : ''}\n`,
    );
  },
});
process.stderr.write(
  `done: ${Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}\n`,
);
if (results.some((r) => r.outcome === 'error')) process.exitCode = 1;
