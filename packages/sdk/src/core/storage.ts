/** sessionStorage/localStorage that never throws (private mode, sandboxed iframes, quota). */
export function read(store: 'sessionStorage' | 'localStorage', key: string): string | null {
  try {
    return window[store].getItem(key);
  } catch {
    return null; // storage unavailable: behave as empty
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
