import type { Config } from '../core/config.ts';
import { readJson, write } from '../core/storage.ts';

const KEY = 'mux:r';

/** What the lazy replay chunk exposes once loaded. */
export interface ReplayRecorder {
  start(options: { endpoint: string; site: string; sid: () => string; enabled: () => boolean }): void;
}

declare global {
  interface Window {
    minwonUxReplay?: ReplayRecorder;
  }
}

/**
 * Samples the session for replay once (kept for the whole session) and, when sampled, loads the
 * recorder chunk (`sdk-replay.js`) with a script tag; the core never contains rrweb.
 *
 * @example
 * startReplay(cfg, session.id, () => !optedOut); // loads the chunk for ~cfg.replay of sessions
 */
export function startReplay(cfg: Config, sid: () => string, enabled: () => boolean): void {
  const id = sid();
  let decision = readJson<string>('sessionStorage', KEY);
  if (!decision?.startsWith?.(`${id}:`)) {
    decision = `${id}:${Math.random() < cfg.replay ? 1 : 0}`;
    write('sessionStorage', KEY, JSON.stringify(decision));
  }
  if (!decision.endsWith(':1')) return;
  const begin = () => window.minwonUxReplay?.start({ endpoint: cfg.endpoint, site: cfg.site, sid, enabled });
  if (window.minwonUxReplay) {
    begin();
    return;
  }
  const script = document.createElement('script');
  script.src = cfg.replayUrl;
  script.async = true;
  script.onload = begin;
  document.head.append(script);
}
