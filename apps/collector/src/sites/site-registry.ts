import type { Store } from '../store/create-store.ts';
import type { Site, SiteInput } from './site.ts';
import { deleteSiteData, listSites, markSiteDeleted, upsertSites } from './site-store.ts';

/**
 * An in-memory view of the sites table for the hot ingest path, refreshed on change (`upsert`,
 * `delete`) and periodically (`startRefresh`), so a site added by another replica or the CLI appears
 * within seconds.
 *
 * @example
 * const sites = await SiteRegistry.load(store);
 * const stop = sites.startRefresh(10_000);
 * sites.get('demo')?.origins;
 */
export class SiteRegistry {
  private byKey = new Map<string, Site>();
  private allOrigins = new Set<string>();

  private readonly store: Store;

  private constructor(store: Store) {
    this.store = store;
  }

  static async load(store: Store): Promise<SiteRegistry> {
    const registry = new SiteRegistry(store);
    await registry.refresh();
    return registry;
  }

  async refresh(): Promise<void> {
    const sites = await listSites(this.store);
    this.byKey = new Map(sites.map((s) => [s.key, s]));
    this.allOrigins = new Set(sites.flatMap((s) => s.origins));
  }

  /** Refreshes every `intervalMs` until the returned function is called. A failed refresh keeps the last view. */
  startRefresh(intervalMs: number, onError: (err: unknown) => void = () => undefined): () => void {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      this.refresh()
        .catch(onError)
        .finally(() => {
          running = false;
        });
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Inserts or replaces sites, then refreshes the view. */
  async upsert(inputs: readonly SiteInput[]): Promise<Site[]> {
    const sites = await upsertSites(this.store, inputs);
    await this.refresh();
    return sites;
  }

  /**
   * Deletes a site and all its data: marks it deleted, refreshes the view (ingest refuses the key from
   * now on), awaits `beforeData` (the spool drains rows already acknowledged), then deletes its rows.
   */
  async delete(key: string, beforeData: () => Promise<unknown> = async () => undefined): Promise<boolean> {
    const existed = await markSiteDeleted(this.store, key);
    await this.refresh();
    await beforeData();
    await deleteSiteData(this.store, key);
    return existed;
  }

  get(key: string): Site | undefined {
    return this.byKey.get(key);
  }

  /** Whether any site allows this origin (for CORS preflights, which carry no site key). */
  isKnownOrigin(origin: string): boolean {
    return this.allOrigins.has(origin);
  }

  list(): Site[] {
    return [...this.byKey.values()];
  }
}
