import { parseArgs } from 'node:util';
import { isProblemId, type ProblemId } from '../problems.ts';
import { generateSyntheticBatches, type SyntheticProgress } from './generate.ts';
import { postSyntheticBatches } from './post.ts';
import { createProgressBar } from './progress-bar.ts';

const USAGE = `Synthetic bulk traffic for the demo site (no browser), POSTed to a collector.

  node --import tsx apps/demo-site/src/synthetic/cli.ts [options]

  --collector URL      collector origin (default http://localhost:8787)
  --site KEY           site key (default demo)
  --origin URL         Origin header, a registered origin of the site (default http://localhost:8790)
  --sessions N         sessions to generate (default 5000)
  --days D             days they are spread over (default 28)
  --end ISO            end of the window (default now)
  --seed N             random seed (default 1)
  --fixed-at ID=ISO    problem ID is fixed from that time on (repeatable), e.g. phone-hyphen=2026-11-20
  --concurrency N      requests in flight (default 8)
  --per-page           one request per page view, as the live SDK sends (default: one per session)
  --dry-run            generate and count only, send nothing
`;

function parseFixedAt(values: readonly string[]): Partial<Record<ProblemId, string>> {
  const out: Partial<Record<ProblemId, string>> = {};
  for (const value of values) {
    const [id, at] = value.split('=');
    if (!id || !at || !isProblemId(id) || Number.isNaN(Date.parse(at)))
      throw new Error(`--fixed-at expects ID=ISO-date, got "${value}"`);
    out[id] = at;
  }
  return out;
}

const { values } = parseArgs({
  options: {
    collector: { type: 'string', default: 'http://localhost:8787' },
    site: { type: 'string', default: 'demo' },
    origin: { type: 'string', default: 'http://localhost:8790' },
    sessions: { type: 'string', default: '5000' },
    days: { type: 'string', default: '28' },
    end: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'fixed-at': { type: 'string', multiple: true, default: [] },
    concurrency: { type: 'string', default: '8' },
    'per-page': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  process.stderr.write(USAGE);
  process.exit(0);
}

const sessions = Number(values.sessions);
const bar = createProgressBar(process.stderr, sessions, 'sessions');
let generated: SyntheticProgress = { sessions: 0, totalSessions: sessions, events: 0, batches: 0 };
const batches = generateSyntheticBatches({
  sessions,
  days: Number(values.days),
  end: values.end ?? Date.now(),
  seed: Number(values.seed),
  site: values.site,
  origin: values.origin,
  fixedAt: parseFixedAt(values['fixed-at']),
  progressEvery: Math.max(1, Math.floor(sessions / 200)),
  onProgress: (p) => {
    generated = p;
    bar.update(p.sessions, `${p.events.toLocaleString('en-US')} events`);
  },
});

try {
  if (values['dry-run']) {
    for (const _ of batches);
    bar.finish(`${generated.events.toLocaleString('en-US')} events generated (dry run)`);
  } else {
    const result = await postSyntheticBatches(batches, {
      collector: values.collector,
      origin: values.origin,
      concurrency: Number(values.concurrency),
      mergeSessions: !values['per-page'],
    });
    bar.finish(
      `${result.events.toLocaleString('en-US')} events in ${result.requests.toLocaleString('en-US')} requests` +
        (result.rejectedEvents ? `, ${result.rejectedEvents} refused` : '') +
        (result.retries ? `, ${result.retries} retries` : ''),
    );
    if (result.rejectedEvents > 0) process.exitCode = 1;
  }
} catch (error) {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
