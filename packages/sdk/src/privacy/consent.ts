import { readJson, write } from '../core/storage.ts';

const KEY = 'mux:optout';

/** Whether the visitor opted out on this site (persisted in localStorage). */
export const isOptedOut = (): boolean => readJson('localStorage', KEY) === 1;

/** Persists the visitor's choice. */
export const setOptedOut = (out: boolean): void => write('localStorage', KEY, out ? '1' : null);

/** Do-Not-Track or Global Privacy Control is on. */
export function privacySignal(): boolean {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  return nav.globalPrivacyControl === true || nav.doNotTrack === '1';
}
