import { WIRE_VERSION, type WireBatch, type WireEvent } from '@minwon-ux/schema';
import type { Random } from '@minwon-ux/testkit/random';

type BaseKey = 'id' | 'seq' | 't' | 'path' | 'title' | 'referrer' | 'vw' | 'lang' | 'rv';
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An event as a journey describes it; the writer adds id, seq, time and page fields. */
export type EventBody = DistributiveOmit<WireEvent, BaseKey> & { path?: string };

/** A page as the SDK sees it: path and document title. */
export interface PageRef {
  path: string;
  title: string;
}

/** Builds one session's events the way the SDK batches them: one batch per page view, sent on leave. */
export interface SessionWriter {
  /** Current simulated time (epoch ms). */
  readonly now: number;
  readonly page: PageRef | undefined;
  /** Leaves the current page (page_dwell, batch sent) and opens `page` (page_view). */
  visit(page: PageRef, options?: { scrollPct?: number }): void;
  /** Adds an event on the current page at the current time. */
  emit(event: EventBody): void;
  /** Lets time pass. */
  wait(ms: number): void;
  /** Ends the session: leaves the current page. */
  end(options?: { scrollPct?: number }): void;
  /** Batches completed so far, removed from the writer. */
  drain(): WireBatch[];
  /** Events written so far. */
  readonly eventCount: number;
}

/** What a session writer needs to know up front. */
export interface SessionWriterInit {
  random: Random;
  site: string;
  sid: string;
  startMs: number;
  viewportWidth: number;
  origin: string;
  lang?: string;
  /** The visitor was on the site before (the SDK's `rv` flag on every event). */
  returning?: boolean;
}

/**
 * Creates a writer for one session.
 *
 * @example
 * const w = createSessionWriter({ random, site: 'demo', sid, startMs, viewportWidth: 1280, origin: 'http://localhost:8790' });
 * w.visit({ path: '/', title: '홈 | 정부민원포털' });
 * w.end();
 */
export function createSessionWriter(init: SessionWriterInit): SessionWriter {
  const { random, site, sid, viewportWidth, origin } = init;
  const lang = init.lang ?? 'ko-KR';
  let now = init.startMs;
  let seq = 0;
  let count = 0;
  let page: PageRef | undefined;
  let pageStart = now;
  let events: WireEvent[] = [];
  let done: WireBatch[] = [];

  const push = (body: EventBody, extra: { referrer?: string } = {}) => {
    if (!page) throw new Error('emit before visit');
    const event = {
      id: random.uuid(),
      seq: seq++,
      t: now,
      title: page.title,
      vw: viewportWidth,
      lang,
      ...(init.returning ? { rv: 1 as const } : {}),
      ...extra,
      ...body,
      path: body.path ?? page.path,
    } as WireEvent;
    events.push(event);
    count++;
  };

  const leave = (scrollPct?: number) => {
    if (!page) return;
    const totalMs = Math.max(1, now - pageStart);
    const visibleMs = Math.round(totalMs * (0.9 + random.next() * 0.1));
    const engagedMs = Math.round(visibleMs * (0.55 + random.next() * 0.4));
    push({
      kind: 'page_dwell',
      engagedMs,
      visibleMs,
      totalMs,
      scrollPct: Math.round(scrollPct ?? 30 + random.next() * 70),
    });
    done.push({ v: WIRE_VERSION, site, sid, sentAt: now + 20 + Math.floor(random.next() * 200), events });
    events = [];
    now += 30 + Math.floor(random.next() * 400); // the next page's load
  };

  return {
    get now() {
      return now;
    },
    get page() {
      return page;
    },
    get eventCount() {
      return count;
    },
    visit(next, options) {
      const referrer = page ? origin + page.path : undefined;
      leave(options?.scrollPct);
      page = next;
      pageStart = now;
      push({ kind: 'page_view' }, referrer ? { referrer } : {});
    },
    emit: (event) => push(event),
    wait(ms) {
      now += Math.max(0, Math.round(ms));
    },
    end(options) {
      leave(options?.scrollPct);
      page = undefined;
    },
    drain() {
      const out = done;
      done = [];
      return out;
    },
  };
}
