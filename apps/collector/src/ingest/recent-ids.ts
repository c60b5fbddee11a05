/**
 * The most recently acknowledged event ids, bounded: a client that retries a batch it already
 * delivered (its response was lost) does not count its events twice.
 *
 * Two generations of ids: new ids go into the current one; when it holds half the capacity it
 * becomes the previous one and the oldest generation is dropped whole. So at least `capacity / 2` and
 * at most `capacity` of the latest ids are remembered, and each claim is O(1). (Evicting one oldest
 * id per claim from a single `Set` costs ~45 µs per claim once full: V8 walks the deleted entries at
 * the front of the set's order on every `values().next()`.)
 *
 * @example
 * const recent = new RecentIds(100_000);
 * const fresh = events.filter((e) => recent.claim(e.id));
 */
export class RecentIds {
  private current = new Set<string>();
  private previous = new Set<string>();
  private readonly generationSize: number;

  constructor(capacity = 100_000) {
    this.generationSize = Math.max(1, Math.floor(capacity / 2));
  }

  /** True and remembered when `id` was not seen; false for a repeat. */
  claim(id: string): boolean {
    if (this.current.has(id) || this.previous.has(id)) return false;
    if (this.current.size >= this.generationSize) {
      this.previous = this.current;
      this.current = new Set();
    }
    this.current.add(id);
    return true;
  }

  /** Forgets ids whose batch was not acknowledged after all, so the retry is accepted. */
  release(ids: readonly string[]): void {
    for (const id of ids) {
      this.current.delete(id);
      this.previous.delete(id);
    }
  }
}
