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
 * ctx.on('leave', () => ctx.emit({ kind: 'form_abandon', formId: 'apply' }));
 */
export interface Ctx {
  cfg: Config;
  now: () => number;
  emit: (event: EventInput) => void;
  on: <K extends keyof Hooks>(hook: K, fn: Hooks[K]) => void;
  fire: <K extends keyof Hooks>(hook: K, ...args: Parameters<Hooks[K]>) => void;
  /** The page view in progress: its fields are stamped on every event until the next `enter`. */
  page: ReturnType<typeof pageFields> & { start: number; referrer?: string; back?: boolean };
}

export interface Sink {
  next: () => { sid: string; seq: number };
  push: (sid: string, event: unknown) => void;
  enabled: () => boolean;
}

export function createContext(cfg: Config, sink: Sink, now: () => number = Date.now): Ctx {
  const hooks: { [K in keyof Hooks]: Hooks[K][] } = { enter: [], leave: [], hide: [] };
  const ctx: Ctx = {
    cfg,
    now,
    page: { ...pageFields(cfg.spa), start: now() },
    emit(event) {
      if (!sink.enabled()) return;
      const { sid, seq } = sink.next();
      const { start: _s, back: _b, referrer: _r, ...page } = ctx.page;
      sink.push(sid, { id: uuid(), seq, t: now(), ...page, ...event });
    },
    on(hook, fn) {
      hooks[hook].push(fn);
    },
    fire(hook, ...args) {
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
