/** What a citizen has entered so far, step by step. */
export interface Draft {
  values: Record<string, string>;
  /** Highest step completed (0 = none). */
  completed: number;
  attachmentName?: string;
  startedAt: number;
}

/** Server-side drafts of the application, keyed by a cookie; bounded, oldest dropped first. */
export interface DraftStore {
  get(id: string): Draft | undefined;
  set(id: string, draft: Draft): void;
  delete(id: string): void;
  readonly size: number;
}

/**
 * An in-memory draft store holding at most `capacity` drafts (a Map keeps insertion order, so the
 * oldest is the first key).
 *
 * @example
 * const drafts = createDraftStore(1000);
 * drafts.set('abc', { values: {}, completed: 0, startedAt: Date.now() });
 */
export function createDraftStore(capacity = 10_000): DraftStore {
  const drafts = new Map<string, Draft>();
  return {
    get: (id) => drafts.get(id),
    set(id, draft) {
      drafts.delete(id);
      drafts.set(id, draft);
      while (drafts.size > capacity) {
        const oldest = drafts.keys().next().value;
        if (oldest === undefined) break;
        drafts.delete(oldest);
      }
    },
    delete: (id) => void drafts.delete(id),
    get size() {
      return drafts.size;
    },
  };
}
