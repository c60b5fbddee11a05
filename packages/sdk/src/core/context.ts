import type { WireEvent } from '@minwon-ux/schema';
import type { Config } from './config.ts';
import { uuid } from './ids.ts';
import { pageFields } from './page-context.ts';

type BaseKey = 'id' | 'seq' | 't' | 'path' | 'title' | 'referrer' | 'vw' | 'lang';
/** An event as capture modules write it: the kind and its own fields; the context adds the rest. */
export type EventInput = WireEvent extends infer E
  ? E extends unknown
    ? Omit<E, BaseKey> & { referrer?: string; path?: string }
    : never
  : never;

/** Moments of the page lifecycle capture modules hook into. */
export interface Hooks {
  /** A page view started (load, SPA route, bfcache restore, prerender activation). */
  enter: () => void;
  /** The page view ends; `unload` when the document itself goes away. */
  leave: (unload: boolean) => void;
  /** The tab was hidden: report what is due, the page may never come back. */
  hide: () => void;
}

/**
 * What every capture module gets: config, clock, `emit`, lifecycle hooks and the current page.
 *
 * @example
 * ctx.on_('leave', () => ctx.emit_({ kind: 'form_abandon', formId: 'apply' }));
 */
export interface Ctx {
  cfg_: Config;
  now_: () => number;
  emit_: (event: EventInput) => void;
  on_: <K extends keyof Hooks>(hook: K, fn: Hooks[K]) => void;
  fire_: <K extends keyof Hooks>(hook: K, ...args: Parameters<Hooks[K]>) => void;
  /** The page view in progress: its fields are stamped on every event until the next `enter`. */
  page_: PageView;
}

/** The current page's wire fields plus what only the SDK needs (`referrer` is `page_view`'s own). */
export type PageView = ReturnType<typeof pageFields> & { start_: number; referrer?: string; back_?: boolean };

export interface Sink {
  next_: () => { sid: string; seq: number };
  push_: (sid: string, event: unknown) => void;
  enabled_: () => boolean;
}

export function createContext(cfg: Config, sink: Sink, now: () => number = Date.now): Ctx {
  const hooks: { [K in keyof Hooks]: Hooks[K][] } = { enter: [], leave: [], hide: [] };
  const ctx: Ctx = {
    cfg_: cfg,
    now_: now,
    page_: { ...pageFields(cfg.spa), start_: now() },
    emit_(event) {
      if (!sink.enabled_()) return;
      const { sid, seq } = sink.next_();
      const { start_: _s, back_: _b, referrer: _r, ...page } = ctx.page_;
      sink.push_(sid, { id: uuid(), seq, t: now(), ...page, ...event });
    },
    on_(hook, fn) {
      hooks[hook].push(fn);
    },
    fire_(hook, ...args) {
      for (const fn of hooks[hook]) {
        try {
          (fn as (...a: unknown[]) => void)(...args);
        } catch {
          // one failing capture module must never break the site or the others
        }
      }
    },
  };
  return ctx;
}
