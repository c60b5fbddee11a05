import { uuid } from './ids.ts';
import { readJson, write } from './storage.ts';

const KEY = 'mux:s';
/** A session ends after this much inactivity, as in most analytics tools. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;

interface SessionState {
  id: string;
  seq: number;
  last: number;
}

/**
 * The per-tab session: a random id in sessionStorage (no cookies) and the event sequence counter.
 *
 * @example
 * const session = openSession(Date.now);
 * session.next_(); // { sid: '…', seq: 0 }
 */
export function openSession(now: () => number) {
  let state = readJson<SessionState>('sessionStorage', KEY);
  return {
    id_(): string {
      return fresh().id;
    },
    next_(): { sid: string; seq: number } {
      const s = fresh();
      const seq = s.seq++;
      s.last = now();
      write('sessionStorage', KEY, JSON.stringify(s));
      return { sid: s.id, seq };
    },
  };
  function fresh(): SessionState {
    if (!state?.id || now() - state.last > SESSION_IDLE_MS) {
      state = { id: uuid(), seq: 0, last: now() };
    }
    return state;
  }
}
export type Session = ReturnType<typeof openSession>;
