import { WIRE_LIMITS, type WireBatch } from '@minwon-ux/schema';
import type { SyntheticBatch } from './generate.ts';

/** Options of `postSyntheticBatches`. */
export interface PostOptions {
  /** Collector origin, e.g. `http://localhost:8787`. */
  collector: string;
  /** `Origin` header: must be one of the site's registered origins. Default `http://localhost:8790`. */
  origin?: string;
  /** Requests in flight at once. Default 8. */
  concurrency?: number;
  /**
   * Merge a session's page batches into one request (up to the wire limit), as an SDK flushing an
   * offline queue would. Default true: ~7× fewer requests for bulk loads.
   */
  mergeSessions?: boolean;
  /** Attempts per request on 429/503/network errors. Default 8. */
  maxAttempts?: number;
  /** Called after every request. */
  onProgress?: (progress: PostProgress) => void;
  /** Injected fetch (tests). Default global fetch. */
  fetch?: typeof fetch;
}

/** Totals of a posting run. */
export interface PostProgress {
  requests: number;
  events: number;
  /** Events the collector refused (4xx other than 429), counted, not retried. */
  rejectedEvents: number;
  retries: number;
}

/** A request the collector kept refusing with 429/503 or that never got through. */
export class PostFailedError extends Error {
  readonly code = 'post_failed';
}

interface Outgoing {
  batch: WireBatch;
  userAgent: string;
  clientIp: string;
}

function* mergeBySession(batches: Iterable<SyntheticBatch>, merge: boolean): Generator<Outgoing> {
  let pending: Outgoing | undefined;
  for (const { batch, userAgent, clientIp } of batches) {
    if (!merge) {
      yield { batch, userAgent, clientIp };
      continue;
    }
    if (
      pending &&
      pending.batch.sid === batch.sid &&
      pending.batch.events.length + batch.events.length <= WIRE_LIMITS.maxEventsPerBatch
    ) {
      pending.batch = { ...pending.batch, events: [...pending.batch.events, ...batch.events] };
      continue;
    }
    if (pending) yield pending;
    pending = { batch, userAgent, clientIp };
  }
  if (pending) yield pending;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * POSTs synthetic batches to a collector's `/v1/events` as the SDK would (`text/plain` JSON, the
 * site's Origin, the visitor's user agent), stamping `sentAt` with the send time so the collector's
 * clock-skew correction leaves the events' own (historical) times alone. Retries 429/503 after
 * `Retry-After`, and network errors with backoff; event ids make retries safe.
 *
 * @example
 * await postSyntheticBatches(generateSyntheticBatches({ sessions: 5000, days: 28 }), { collector: 'http://localhost:8787' });
 */
export async function postSyntheticBatches(
  batches: Iterable<SyntheticBatch>,
  options: PostOptions,
): Promise<PostProgress> {
  const { origin = 'http://localhost:8790', concurrency = 8, mergeSessions = true, maxAttempts = 8 } = options;
  const doFetch = options.fetch ?? fetch;
  const url = `${options.collector.replace(/\/+$/, '')}/v1/events`;
  const progress: PostProgress = { requests: 0, events: 0, rejectedEvents: 0, retries: 0 };
  const queue = mergeBySession(batches, mergeSessions);

  const send = async (item: Outgoing) => {
    for (let attempt = 1; ; attempt++) {
      let retryAfterMs: number;
      try {
        const res = await doFetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'text/plain;charset=UTF-8',
            origin,
            'user-agent': item.userAgent,
            'x-forwarded-for': item.clientIp,
          },
          body: JSON.stringify({ ...item.batch, sentAt: Date.now() }),
        });
        await res.arrayBuffer(); // drain the body so the connection is reused
        if (res.ok) return;
        if (res.status !== 429 && res.status !== 503) {
          progress.rejectedEvents += item.batch.events.length;
          return;
        }
        retryAfterMs = Number(res.headers.get('retry-after') ?? 1) * 1000;
      } catch (error) {
        if (attempt >= maxAttempts) throw new PostFailedError(`could not reach ${url}`, { cause: error });
        retryAfterMs = 200 * 2 ** attempt;
      }
      if (attempt >= maxAttempts) throw new PostFailedError(`the collector kept refusing requests (${url})`);
      progress.retries++;
      await sleep(Math.min(30_000, retryAfterMs) * (0.75 + Math.random() * 0.5));
    }
  };

  const worker = async () => {
    for (let next = queue.next(); !next.done; next = queue.next()) {
      await send(next.value);
      progress.requests++;
      progress.events += next.value.batch.events.length;
      options.onProgress?.({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return progress;
}
