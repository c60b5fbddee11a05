/** sessionStorage/localStorage that never throws (private mode, sandboxed iframes, quota). */
export function read(store: 'sessionStorage' | 'localStorage', key: string): string | null {
  try {
    return window[store].getItem(key);
  } catch {
    return null; // storage unavailable: behave as empty
  }
}

/** Parsed JSON from storage, or null when missing, unavailable or corrupt. */
export function readJson<T>(store: 'sessionStorage' | 'localStorage', key: string): T | null {
  try {
    // a missing key is null, and JSON.parse(null) is null
    return JSON.parse(window[store].getItem(key) as string);
  } catch {
    return null; // storage unavailable or a corrupt entry: treat as missing
  }
}

export function write(store: 'sessionStorage' | 'localStorage', key: string, value: string | null): void {
  try {
    if (value === null) window[store].removeItem(key);
    else window[store].setItem(key, value);
  } catch {
    // storage unavailable or full: the SDK keeps working from memory
  }
}
