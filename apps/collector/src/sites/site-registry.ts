import type { Store } from '../store/create-store.ts';
import type { Site } from './site.ts';
import { listSites } from './site-store.ts';

/**
 * An in-memory view of the sites table for the hot ingest path, refreshed on change and periodically.
 *
 * @example
 * const sites = await SiteRegistry.load(store);
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
