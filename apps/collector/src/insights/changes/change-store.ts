import { randomUUID } from 'node:crypto';
import { CHANGE_SCOPES, type Change } from '@minwon-ux/api-contract';
import { z } from 'zod';
import type { Store } from '../../store/create-store.ts';
import { runQuery } from '../../store/query.ts';

export { CHANGE_SCOPES };

/** What a designer marks: the day a redesign shipped and what it touched. */
export const changeInputSchema = z.strictObject({
  changedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  scope: z.enum(CHANGE_SCOPES),
  /** page: a path; form: a form id; field: `form_id/field_id`; menu: the menu label. */
  target: z.string().min(1).max(300),
  description: z.string().max(2000).default(''),
});
export type ChangeInput = z.input<typeof changeInputSchema>;

export type { Change };

const LIST_SQL = `
SELECT change_id AS id, toString(changed_on) AS changedOn, scope, target, description, created_by AS createdBy
FROM minwon_ux.changes FINAL
WHERE site_id = {site:String} AND deleted = 0 AND ({id:String} = '' OR change_id = {id:String})
ORDER BY changed_on DESC, change_id`;

/**
 * The site's marked changes, newest first (or one change by id).
 *
 * @example
 * const changes = await listChanges(store, 'demo');
 */
export function listChanges(store: Store, site: string, id = ''): Promise<Change[]> {
  return runQuery<Change>(store, LIST_SQL, { site, id });
}

/**
 * Records a change and returns it.
 *
 * @example
 * await addChange(store, 'demo', { changedOn: '2026-11-15', scope: 'field', target: 'apply/phone', description: '하이픈 허용' }, 'u1');
 */
export async function addChange(store: Store, site: string, input: ChangeInput, userId: string): Promise<Change> {
  const c = changeInputSchema.parse(input);
  const id = randomUUID();
  await store.client.insert({
    table: `${store.database}.changes`,
    values: [
      {
        site_id: site,
        change_id: id,
        changed_on: c.changedOn,
        scope: c.scope,
        target: c.target,
        description: c.description,
        created_by: userId,
      },
    ],
    format: 'JSONEachRow',
  });
  return {
    id,
    changedOn: c.changedOn,
    scope: c.scope,
    target: c.target,
    description: c.description,
    createdBy: userId,
  };
}

/** Hides a change (a newer row with deleted = 1). */
export async function deleteChange(store: Store, site: string, change: Change): Promise<void> {
  await store.client.insert({
    table: `${store.database}.changes`,
    values: [
      {
        site_id: site,
        change_id: change.id,
        changed_on: change.changedOn,
        scope: change.scope,
        target: change.target,
        description: change.description,
        created_by: change.createdBy,
        deleted: 1,
      },
    ],
    format: 'JSONEachRow',
  });
}
