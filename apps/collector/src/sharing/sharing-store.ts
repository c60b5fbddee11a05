import type { SharingSettings } from '@minwon-ux/api-contract';
import { nextVersion } from '../auth/version-clock.ts';
import type { Store } from '../store/create-store.ts';
import { pickPseudonym } from './pseudonym.ts';

interface SharingRecord {
  agencyId: string;
  enabled: number;
  showName: number;
  pseudonym: string;
}

const toSettings = (r: SharingRecord): SharingSettings => ({
  agencyId: r.agencyId,
  enabled: Number(r.enabled) === 1,
  showName: Number(r.showName) === 1,
  pseudonym: r.pseudonym,
});

/**
 * Every agency's sharing choice that was ever set (agencies never set are not sharing), by agency id.
 *
 * @example
 * const sharing = await listSharing(store); // Map { 'agency-a' => { enabled: true, showName: false, pseudonym: 'Q' } }
 */
export async function listSharing(store: Store): Promise<Map<string, SharingSettings>> {
  const result = await store.client.query({
    query: `SELECT agency_id AS agencyId, enabled, show_name AS showName, pseudonym
            FROM ${store.database}.agency_sharing FINAL ORDER BY agency_id`,
    format: 'JSONEachRow',
  });
  return new Map((await result.json<SharingRecord>()).map((r) => [r.agencyId, toSettings(r)]));
}

/** One agency's sharing choice; off (and no pseudonym yet) when never set. */
export async function getSharing(store: Store, agencyId: string): Promise<SharingSettings> {
  const all = await listSharing(store);
  return all.get(agencyId) ?? { agencyId, enabled: false, showName: false, pseudonym: '' };
}

/**
 * Saves an agency's choice, giving it a pseudonym the first time (kept for good after that).
 *
 * @example
 * await saveSharing(store, 'agency-a', { enabled: true, showName: false });
 */
export async function saveSharing(
  store: Store,
  agencyId: string,
  choice: { enabled: boolean; showName: boolean },
): Promise<SharingSettings> {
  const all = await listSharing(store);
  const pseudonym =
    all.get(agencyId)?.pseudonym || pickPseudonym(new Set([...all.values()].map((s) => s.pseudonym).filter(Boolean)));
  await store.client.insert({
    table: `${store.database}.agency_sharing`,
    format: 'JSONEachRow',
    values: [
      {
        agency_id: agencyId,
        enabled: choice.enabled ? 1 : 0,
        show_name: choice.showName ? 1 : 0,
        pseudonym,
        version: nextVersion(),
      },
    ],
  });
  return { agencyId, ...choice, pseudonym };
}
