import { type FixFlags, type ProblemId, parseFixList } from './problems.ts';

/** Options of `createDemoSite`; every one has a default. */
export interface DemoSiteOptions {
  /** Origin of the collector serving `/sdk.js`. Default `http://localhost:8787`. */
  collectorUrl?: string;
  /** `data-site` of the SDK script tag. Default `demo`. */
  siteKey?: string;
  /** `data-replay` of the SDK script tag: the share of sessions recorded for replay, 0..1. Default 0. */
  replay?: number;
  /** `data-survey="1"` on the SDK script tag: the satisfaction question after an application. Default false. */
  survey?: boolean;
  /** Problems fixed at start (ids or flags). Default none. */
  fixes?: readonly ProblemId[] | Partial<Record<ProblemId, boolean>>;
  /** First receipt sequence number. Default 123. */
  receiptStart?: number;
  /** Clock (tests pin it). Default `() => new Date()`. */
  now?: () => Date;
}

/** `DemoSiteOptions` with every default applied. */
export interface ResolvedDemoSiteOptions {
  collectorUrl: string;
  siteKey: string;
  replay: number;
  survey: boolean;
  fixes: Partial<Record<ProblemId, boolean>>;
  receiptStart: number;
  now: () => Date;
}

/**
 * Applies every default in one place.
 *
 * @example
 * resolveDemoSiteOptions({}).collectorUrl; // 'http://localhost:8787'
 */
export function resolveDemoSiteOptions(options: DemoSiteOptions = {}): ResolvedDemoSiteOptions {
  const fixes = Array.isArray(options.fixes)
    ? Object.fromEntries((options.fixes as readonly ProblemId[]).map((id) => [id, true]))
    : { ...(options.fixes as Partial<Record<ProblemId, boolean>> | undefined) };
  return {
    collectorUrl: (options.collectorUrl ?? 'http://localhost:8787').replace(/\/+$/, ''),
    siteKey: options.siteKey ?? 'demo',
    replay: Math.min(1, Math.max(0, options.replay ?? 0)),
    survey: options.survey ?? false,
    fixes,
    receiptStart: options.receiptStart ?? 123,
    now: options.now ?? (() => new Date()),
  };
}

/** What the node entry reads from the environment. */
export interface DemoEnv {
  port: number;
  options: DemoSiteOptions;
}

/**
 * Reads `DEMO_PORT` (8790), `COLLECTOR_URL`, `DEMO_SITE_KEY`, `DEMO_REPLAY` (share of sessions
 * recorded for replay, 0..1), `DEMO_SURVEY` (`1`: the satisfaction survey) and `DEMO_FIXES` (`all` or
 * ids, comma-separated).
 *
 * @example
 * readDemoEnv({ DEMO_FIXES: 'phone-hyphen' }).options.fixes; // { 'phone-hyphen': true, … }
 */
export function readDemoEnv(env: NodeJS.ProcessEnv = process.env): DemoEnv {
  const fixes: FixFlags = parseFixList(env.DEMO_FIXES);
  return {
    port: Number(env.DEMO_PORT ?? 8790),
    options: {
      collectorUrl: env.COLLECTOR_URL || undefined,
      siteKey: env.DEMO_SITE_KEY || undefined,
      replay: env.DEMO_REPLAY ? Number(env.DEMO_REPLAY) : undefined,
      survey: env.DEMO_SURVEY === '1',
      fixes,
    },
  };
}
