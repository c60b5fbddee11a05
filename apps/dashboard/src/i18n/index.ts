import { en } from './en.ts';
import { ko, type MessageKey } from './ko.ts';

export type Lang = 'ko' | 'en';
export type { MessageKey };

const dictionaries: Record<Lang, Record<MessageKey, string>> = { ko, en };
const STORAGE_KEY = 'minwon-ux.lang';
let current: Lang = readStoredLang();
const listeners = new Set<(lang: Lang) => void>();

function readStoredLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ko';
  } catch {
    return 'ko'; // storage blocked (private mode): default language
  }
}

/**
 * Translates a key in the current language (Korean by default), filling `{name}` placeholders.
 *
 * @example
 * t('filters.site'); // '사이트'
 */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text = dictionaries[current][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** The current UI language. */
export function getLang(): Lang {
  return current;
}

/**
 * Switches the language, remembers it, updates `<html lang>` and notifies listeners.
 *
 * @example
 * setLang('en');
 */
export function setLang(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
  document.documentElement.lang = lang;
  for (const listener of listeners) listener(lang);
}

/** Calls `listener` after every language switch; returns an unsubscribe function. */
export function onLangChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
