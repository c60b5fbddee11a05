import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvents } from '../ingest/insert-events.ts';
import { createStore, type Store } from '../store/create-store.ts';
import { runMigrations } from '../store/migrate.ts';
import { writeOneShardCluster } from '../store/testing/one-shard-cluster.ts';
import { queryServiceCounts } from './benchmark-query.ts';
import { queryFieldErrors } from './field-error-query.ts';
import { saveFormService } from './form-service-store.ts';
import { queryServices } from './services-query.ts';
import { trafficRows } from './sharing-fixture.ts';

// The benchmark queries on the cluster layout (a one-shard cluster in chdb: events_local under a
// Distributed events table, form_services a whole copy) answer exactly as on one node.
const dir = mkdtempSync(join(tmpdir(), 'minwon-ux-sharing-cluster-'));
const cluster = createStore({
  mode: 'embedded',
  path: join(dir, 'store'),
  database: 'minwon_ux',
  configFile: writeOneShardCluster(dir, 'minwon'),
  cluster: 'minwon',
});
const single: Store = { client: cluster.client, database: 'single_node', mode: 'embedded', close: async () => {} };
const siteAgencies = { sites: ['site-a', 'site-b', 'site-c'], agencies: ['agency-a', 'agency-b', 'agency-c'] };
const query = { from: '2026-11-01', to: '2026-11-30', service: '', siteAgencies, shared: ['agency-b', 'agency-c'] };

beforeAll(async () => {
  await runMigrations(cluster, undefined, { replicated: false });
  await runMigrations(single);
  const base = { errorField: 'phone', abandoned: 0, baseSeconds: 50, day: '2026-11-12' };
  const traffic = [
    { ...base, site: 'site-a', formId: 'apply', tag: 'SVC-1', sessions: 30, completed: 20, errored: 6, abandoned: 10 },
    { ...base, site: 'site-b', formId: 'move', tag: 'SVC-1', sessions: 120, completed: 100, errored: 9 },
    { ...base, site: 'site-c', formId: 'form-1', tag: '', sessions: 25, completed: 5, errored: 25 },
    { ...base, site: 'site-c', formId: 'pass', tag: 'SVC-2', sessions: 11, completed: 11, errored: 0 },
  ];
  for (const [i, t] of traffic.entries()) {
    for (const store of [cluster, single]) await insertEvents(store, trafficRows(t, i + 1), `sharing-${i}`);
  }
  for (const store of [cluster, single]) await saveFormService(store, 'site-c', 'form-1', 'SVC-1');
  // two more sessions at A: one errs on phone in attempts 1 and 2 (repeated), one on two fields once each
  const extra = trafficRows(
    { ...base, site: 'site-a', formId: 'apply', tag: 'SVC-1', sessions: 2, completed: 0, errored: 2, abandoned: 2 },
    99,
  ).map((r) => ({ ...r, session_id: r.session_id.replace('sess-', 'rep-') }));
  const errors = extra.filter((r) => r.kind === 'input_error');
  extra.push({ ...errors[0]!, event_id: '00000000-0000-4000-8000-000000000001', attempt: 2 });
  extra.push({ ...errors[1]!, event_id: '00000000-0000-4000-8000-000000000002', field_id: 'name' });
  for (const store of [cluster, single]) await insertEvents(store, extra, 'sharing-repeat');
});
afterAll(async () => {
  await cluster.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('benchmark queries on the cluster layout', () => {
  it('count services, agencies, totals and fields as one node does', async () => {
    const onCluster = await queryServiceCounts(cluster, query);
    expect(onCluster).toEqual(await queryServiceCounts(single, query));
    expect(onCluster.map((c) => `${c.service}|${c.agencyId}|${c.sessions}`)).toEqual([
      'SVC-1||145',
      'SVC-1|agency-a|32',
      'SVC-1|agency-b|120',
      'SVC-1|agency-c|25',
      'SVC-2||11',
      'SVC-2|agency-c|11',
    ]);
    const a = onCluster.find((c) => c.agencyId === 'agency-a')!;
    expect(a).toMatchObject({ errorSessions: 8, repeatErrorSessions: 1, abandonSessions: 12, completions: 20 });
    const fields = { ...query, service: 'SVC-1' };
    expect(await queryFieldErrors(cluster, fields)).toEqual(await queryFieldErrors(single, fields));
    expect(await queryServices(cluster, query)).toEqual(await queryServices(single, query));
  });
});
