/**
 * The most recently acknowledged event ids, bounded: a client that retries a batch it already
 * delivered (its response was lost) does not count its events twice. Oldest ids are forgotten first.
 *
 * @example
 * const recent = new RecentIds(100_000);
 * const fresh = events.filter((e) => recent.claim(e.id));
 */
export class RecentIds {
  private readonly ids = new Set<string>();
  private readonly capacity: number;

  constructor(capacity = 100_000) {
    this.capacity = capacity;
  }

  /** True and remembered when `id` was not seen; false for a repeat. */
  claim(id: string): boolean {
    if (this.ids.has(id)) return false;
    if (this.ids.size >= this.capacity) this.ids.delete(this.ids.values().next().value!);
    this.ids.add(id);
    return true;
  }

  /** Forgets ids whose batch was not acknowledged after all, so the retry is accepted. */
  release(ids: readonly string[]): void {
    for (const id of ids) this.ids.delete(id);
  }
}
