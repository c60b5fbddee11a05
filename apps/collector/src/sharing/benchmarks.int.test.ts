import type {
  BenchmarkFieldsResponse,
  BenchmarkServicesResponse,
  BenchmarksResponse,
  SharingResponse,
} from '@minwon-ux/api-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formChromeRows } from '../insights/fixtures/form-chrome-rows.ts';
import { type FormTraffic, type SharingFixture, send, startSharingFixture, trafficRows } from './sharing-fixture.ts';

let f: SharingFixture;
const DAY = '2026-11-10';
const PERIOD = 'from=2026-11-01&to=2026-11-30';
const SERVICE = 'MOIS-0001';
const base = { tag: SERVICE, errorField: 'phone', abandoned: 0, baseSeconds: 60, day: DAY };
/** A: ours (40 sessions); B: large and named; C: 12, mapped by an admin; D: 3 (too few); E: never shares. */
const TRAFFIC: FormTraffic[] = [
  { ...base, site: 'site-a', formId: 'apply', sessions: 40, completed: 30, errored: 8, abandoned: 10 },
  {
    ...base,
    site: 'site-b',
    formId: 'move-in',
    sessions: 3000,
    completed: 2700,
    errored: 0,
    abandoned: 300,
    baseSeconds: 40,
  },
  { ...base, site: 'site-c', formId: 'form-1', tag: '', sessions: 12, completed: 6, errored: 2 },
  { ...base, site: 'site-d', formId: 'apply', sessions: 3, completed: 3, errored: 0 },
  { ...base, site: 'site-e', formId: 'apply', sessions: 100, completed: 100, errored: 0 },
  { ...base, site: 'site-b', formId: 'passport', tag: 'MOFA-0002', sessions: 9, completed: 9, errored: 0 },
];

async function body<T>(res: Response): Promise<T> {
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${res.status} ${text}`);
  return JSON.parse(text) as T;
}

const share = (id: string, enabled: boolean, showName: boolean) =>
  send(f.collector, f.admin, 'PUT', `/api/admin/agencies/${id}/sharing`, { enabled, showName });

beforeAll(async () => {
  f = await startSharingFixture();
  await f.collector.runtime.store.client.insert({
    table: 'minwon_ux.events',
    format: 'JSONEachRow',
    values: TRAFFIC.flatMap((t, i) => trafficRows(t, i + 1)),
  });
  // page chrome of our form (전입신고, 휴대전화번호) and of a peer's form of the same service (never served to us)
  const peerChrome = formChromeRows('site-d', '2026-10-31', false).map((r) => ({
    ...r,
    props: {
      ...r.props,
      form_title: 'D-secret-title',
      fields: (r.props?.fields ?? '').replaceAll('휴대전화번호', 'D-secret-label'),
    },
  }));
  await f.collector.runtime.store.client.insert({
    table: 'minwon_ux.events',
    format: 'JSONEachRow',
    values: [...formChromeRows('site-a', '2026-10-31', true), ...peerChrome],
  });
  const mapped = await send(f.collector, f.admin, 'PUT', '/api/sites/site-c/form-services/form-1', {
    serviceCode: SERVICE,
  });
  expect(mapped.status).toBe(200);
  for (const [id, showName] of [
    ['agency-b', true],
    ['agency-c', false],
    ['agency-d', false],
  ] as const) {
    expect((await share(id, true, showName)).status).toBe(200);
  }
});
afterAll(() => f.collector.close());

describe('PUT /api/admin/agencies/{id}/sharing', () => {
  it('is off by default, changed by the agency admin or a system admin only, audited', async () => {
    const own = await body<SharingResponse>(
      await send(f.collector, f.alice, 'GET', '/api/admin/agencies/agency-a/sharing'),
    );
    expect(own.sharing).toMatchObject({ agencyId: 'agency-a', enabled: false, showName: false });
    expect(
      (
        await send(f.collector, f.alice, 'PUT', '/api/admin/agencies/agency-b/sharing', {
          enabled: false,
          showName: false,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await send(f.collector, f.dana, 'PUT', '/api/admin/agencies/agency-a/sharing', {
          enabled: true,
          showName: true,
        })
      ).status,
    ).toBe(403);
    for (const bad of [
      {},
      { enabled: 'yes', showName: true },
      { enabled: true },
      { enabled: true, showName: true, extra: 1 },
    ]) {
      const res = await send(f.collector, f.alice, 'PUT', '/api/admin/agencies/agency-a/sharing', bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
    }
    expect(
      (
        await send(f.collector, f.admin, 'PUT', '/api/admin/agencies/no-such/sharing', {
          enabled: true,
          showName: true,
        })
      ).status,
    ).toBe(404);
    const audit = await f.collector.rows<{ action: string; target: string; outcome: string }>(
      "SELECT action, target, outcome FROM minwon_ux.audit_log WHERE action = 'agency_sharing' ORDER BY ts",
    );
    expect(audit).toContainEqual({ action: 'agency_sharing', target: 'agency-b', outcome: 'ok' });
    expect(audit).toContainEqual({ action: 'agency_sharing', target: 'agency-b', outcome: 'denied' });
  });
});

describe('GET /api/benchmarks', () => {
  it('shows our row and the shared peers with ≥ k sessions; D (3) and C (complementary) are withheld', async () => {
    const res = await body<BenchmarksResponse>(
      await send(f.collector, f.alice, 'GET', `/api/benchmarks?service=${SERVICE}&${PERIOD}`),
    );
    expect(res).toMatchObject({ service: SERVICE, minSessions: 10, suppressed: 2 });
    expect(res.rows).toEqual([
      {
        agency: '다라군청',
        pseudonym: null,
        own: false,
        sessions: 3000,
        completionRate: 0.9,
        errorRate: 0,
        abandonRate: 0.1,
        medianCompletionSeconds: expect.any(Number),
        score: expect.any(Number),
      },
      {
        agency: '가나시청',
        pseudonym: null,
        own: true,
        sessions: 40,
        completionRate: 0.75,
        errorRate: 0.2,
        abandonRate: 0.25,
        medianCompletionSeconds: 75,
        score: expect.any(Number),
      },
    ]);
    // B's 2,700 completions take 40 s + i: the median is ≈ 1,390 s, rounded to 5 s
    expect(res.rows[0]!.medianCompletionSeconds! % 5).toBe(0);
    expect(Math.abs(res.rows[0]!.medianCompletionSeconds! - 1390)).toBeLessThanOrEqual(5);
    // the total covers the sharing agencies (B, C, D), not ours: 3,015 sessions
    expect(res.total).toMatchObject({ agencies: 3, sessions: 3015 });
    const text = JSON.stringify(res);
    for (const secret of ['sess-', 'private-path', 'secret', 'agency-', 'site-', 'E-secret-name'])
      expect(text).not.toContain(secret);
  });

  it('names an unnamed peer by a stable pseudonym once it has enough sessions, and includes us once we share', async () => {
    expect(
      (
        await send(f.collector, f.alice, 'PUT', '/api/admin/agencies/agency-a/sharing', {
          enabled: true,
          showName: false,
        })
      ).status,
    ).toBe(200);
    const get = async (period: string) =>
      body<BenchmarksResponse>(await send(f.collector, f.admin, 'GET', `/api/benchmarks?service=${SERVICE}&${period}`));
    const first = await get(PERIOD);
    // D's 3 sessions alone could be worked out from the total, so C (the next smallest, 12) stays withheld
    expect(first.suppressed).toBe(2);
    const stored = await body<SharingResponse>(
      await send(f.collector, f.alice, 'GET', '/api/admin/agencies/agency-a/sharing'),
    );
    const ours = first.rows.find((r) => r.sessions === 40);
    expect(ours).toMatchObject({
      agency: `기관 ${stored.sharing.pseudonym}`,
      pseudonym: stored.sharing.pseudonym,
      own: false,
    });
    expect(stored.sharing.pseudonym).toMatch(/^[A-Z]$/);
    const again = await get('from=2026-11-05&to=2026-11-20');
    expect(again.rows.find((r) => r.sessions === 40)?.agency).toBe(ours?.agency);
    const pseudonymOfC = (
      await body<SharingResponse>(await send(f.collector, f.admin, 'GET', '/api/admin/agencies/agency-c/sharing'))
    ).sharing.pseudonym;
    expect(pseudonymOfC).not.toBe(stored.sharing.pseudonym);
    expect(first.total).toMatchObject({ agencies: 4, sessions: 3055 });
    expect(
      (
        await send(f.collector, f.alice, 'PUT', '/api/admin/agencies/agency-a/sharing', {
          enabled: false,
          showName: false,
        })
      ).status,
    ).toBe(200);
  });

  it('refuses bad parameters with 400 and anonymous callers with 401; the period defaults to 30 days', async () => {
    expect((await send(f.collector, f.alice, 'GET', `/api/benchmarks?${PERIOD}`)).status).toBe(400);
    expect(
      (await send(f.collector, f.alice, 'GET', `/api/benchmarks?service=${SERVICE}&from=2026-13-01&to=x`)).status,
    ).toBe(400);
    expect((await f.collector.app.request(`/api/benchmarks?service=${SERVICE}&${PERIOD}`)).status).toBe(401);
    const recent = await body<BenchmarksResponse>(
      await send(f.collector, f.alice, 'GET', `/api/benchmarks?service=${SERVICE}`),
    );
    const today = new Date().toISOString().slice(0, 10);
    expect(recent).toMatchObject({ to: today });
    expect((Date.parse(recent.to) - Date.parse(recent.from)) / 86_400_000).toBe(29);
    const iso = await body<BenchmarksResponse>(
      await send(
        f.collector,
        f.alice,
        'GET',
        `/api/benchmarks?service=${SERVICE}&from=2026-11-01T00:00:00Z&to=2026-11-30T23:59:59.999Z`,
      ),
    );
    expect(iso).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
    expect(iso.rows.length).toBeGreaterThan(0);
  });
});

describe('GET /api/benchmarks/fields and /services', () => {
  it('compares our field error rates with the best peer’s, over published rows only', async () => {
    const res = await body<BenchmarkFieldsResponse>(
      await send(f.collector, f.dana, 'GET', `/api/benchmarks/fields?service=${SERVICE}&${PERIOD}`),
    );
    expect(res.own).toEqual({ sessions: 40, fields: [{ fieldId: 'phone', errorRate: 0.2 }] });
    expect(res.labels).toMatchObject({ phone: '휴대전화번호', name: '신청인 성명' }); // our own page's labels
    expect(JSON.stringify(res)).not.toContain('D-secret');
    expect(res.best).toMatchObject({ agency: '다라군청', completionRate: 0.9, fields: [] });
    expect(res.peers).toMatchObject({ agencies: 1, sessions: 3000, fields: [] });
    const services = await body<BenchmarkServicesResponse>(
      await send(f.collector, f.dana, 'GET', `/api/benchmarks/services?${PERIOD}`),
    );
    expect(services.services).toEqual([
      { code: 'MOFA-0002', own: false, title: null },
      { code: SERVICE, own: true, title: '전입신고' },
    ]);
  });
});

describe('form → service mapping', () => {
  it('lists tagged and mapped forms; only admins map', async () => {
    const forms = await body<{ forms: unknown[] }>(
      await send(f.collector, f.dana, 'GET', `/api/sites/site-a/form-services?${PERIOD}`),
    );
    expect(forms.forms).toEqual([{ formId: 'apply', title: '전입신고', tagged: SERVICE, mapped: null }]);
    expect(
      (await send(f.collector, f.dana, 'PUT', '/api/sites/site-a/form-services/apply', { serviceCode: 'X' })).status,
    ).toBe(403);
    expect(
      (await send(f.collector, f.alice, 'PUT', '/api/sites/site-b/form-services/move-in', { serviceCode: 'X' })).status,
    ).toBe(404);
    expect(
      (await send(f.collector, f.alice, 'PUT', '/api/sites/site-a/form-services/apply', { serviceCode: '<x>' })).status,
    ).toBe(400);
    const c = await body<{ forms: unknown[] }>(
      await send(f.collector, f.admin, 'GET', `/api/sites/site-c/form-services?${PERIOD}`),
    );
    expect(c.forms).toEqual([{ formId: 'form-1', title: null, tagged: '', mapped: SERVICE }]);
  });
});

describe('GET /api/exports/benchmarks.csv', () => {
  it('is UTF-8 with BOM, documented columns, shared agencies only, the same suppression', async () => {
    const res = await send(f.collector, f.dana, 'GET', `/api/exports/benchmarks.csv?${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'period_from,period_to,service_code,row_type,agency,sessions,completion_rate,error_rate,abandon_rate,median_completion_seconds,score,suppressed_agencies',
    );
    // MOFA-0002: B's 9 sessions are withheld, and the total (9) too
    expect(lines).toContain('2026-11-01,2026-11-30,MOFA-0002,total,전체,,,,,,,1');
    const mois = lines.filter((l) => l.includes(`,${SERVICE},`));
    expect(mois).toHaveLength(2);
    expect(mois[0]).toMatch(/^2026-11-01,2026-11-30,MOIS-0001,agency,다라군청,3000,0\.9,0,0\.1,\d+,[\d.]*,$/);
    expect(mois[1]).toMatch(/^2026-11-01,2026-11-30,MOIS-0001,total,전체,3015,[\d.]+,[\d.]+,[\d.]+,\d*,,2$/);
    const text = lines.join('\n');
    for (const secret of ['가나시청', 'E-secret-name', 'sess-', 'private-path']) expect(text).not.toContain(secret);
  });
});

describe('analyst SQL stays scoped to the agency while others share', () => {
  const sql = async (query: string) => {
    const res = await f.collector.app.request('/clickhouse?default_format=JSONEachRow', {
      method: 'POST',
      headers: { 'x-clickhouse-user': f.analyst.tokenId, 'x-clickhouse-key': f.analyst.secret },
      body: query,
    });
    return { status: res.status, text: await res.text() };
  };
  const rows = (text: string) =>
    text
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);

  it("reads only agency A's events of a shared service, and no one's sharing settings", async () => {
    const bySite = await sql(
      "SELECT site_id, count() AS n FROM minwon_ux.events WHERE service_code != '' GROUP BY site_id ORDER BY site_id",
    );
    expect(bySite.status).toBe(200);
    expect(rows(bySite.text)).toEqual([{ site_id: 'site-a', n: 40 }]);
    const joined = await sql(
      `SELECT e.site_id AS site, count() AS n FROM minwon_ux.events AS e
       INNER JOIN (SELECT site_id, form_id FROM minwon_ux.events WHERE service_code = '${SERVICE}') AS t
       ON e.site_id = t.site_id AND e.form_id = t.form_id GROUP BY site`,
    );
    expect(rows(joined.text).map((r) => r.site)).toEqual(['site-a']);
    const mappings = await sql('SELECT site_id, form_id, service_code FROM minwon_ux.form_services');
    expect(mappings.status).toBe(200);
    expect(mappings.text).not.toContain('site-c');
    const sharing = await sql('SELECT * FROM minwon_ux.agency_sharing');
    expect(sharing.status).toBeGreaterThanOrEqual(400);
    expect(sharing.text).not.toMatch(/agency-[bcd]/);
  });
});
