import { createRandom } from '@minwon-ux/testkit/random';
import { type EventRow, emptyEventDetails } from '../ingest/event-row.ts';
import { startTestCollector, type TestCollector, type TestSession } from '../testing.ts';

/** One agency's traffic on one form: `sessions` starts, the first `completed` complete it, … */
export interface FormTraffic {
  site: string;
  formId: string;
  /** The `data-ux-service` tag on its form_start rows ('' = untagged). */
  tag: string;
  sessions: number;
  completed: number;
  /** Sessions (counted from the first) with an input error on `errorField`. */
  errored: number;
  errorField: string;
  /** Sessions (counted after the completed ones) that abandon the form. */
  abandoned: number;
  /** Seconds from start to success of the i-th completed session: `baseSeconds + i`. */
  baseSeconds: number;
  /** Day of the sessions (UTC). */
  day: string;
}

/**
 * Event rows of `t`'s sessions (form_start, input_error, form_abandon or form_success, and a page view
 * with a path that must never cross agencies), seeded.
 *
 * @example
 * const rows = trafficRows({ site: 'site-b', formId: 'move-in', tag: 'MOIS-0001', sessions: 50, … }, 1);
 */
export function trafficRows(t: FormTraffic, seed: number): EventRow[] {
  const random = createRandom(seed);
  const rows: EventRow[] = [];
  const start = Date.parse(`${t.day}T09:00:00Z`);
  for (let i = 0; i < t.sessions; i++) {
    const sessionId = `sess-${t.site}-${i}`;
    let ts = start + i * 10_000;
    let seq = 0;
    const add = (kind: string, fields: Partial<EventRow> = {}, advance = 1000) => {
      ts += advance;
      seq += 1;
      rows.push({
        site_id: t.site,
        event_id: random.uuid(),
        session_id: sessionId,
        visitor_id: String(1000 + i),
        ts,
        received_at: ts + 100,
        seq,
        kind,
        path: `/${t.site}/private-path`,
        page_title: '',
        referrer_host: '',
        ...emptyEventDetails(),
        device: 'desktop',
        browser: 'Chrome',
        os: 'Windows',
        viewport_w: 1440,
        lang: 'ko',
        retention_days: 365,
        returning: i % 4 === 3 ? 1 : 0,
        ...fields,
      });
    };
    add('page_view');
    add('form_start', { form_id: t.formId, field_id: 'name', service_code: t.tag });
    if (i < t.errored) {
      add('input_error', {
        form_id: t.formId,
        field_id: t.errorField,
        error_kind: 'pattern_mismatch',
        error_source: 'constraint',
        error_message: `${t.site} secret message`,
        attempt: 1,
      });
    }
    if (i < t.completed) {
      add('form_submit', { form_id: t.formId, attempt: 1 });
      add('form_success', { form_id: t.formId }, (t.baseSeconds + i) * 1000 - 2000);
    } else if (i < t.completed + t.abandoned) {
      add('form_abandon', { form_id: t.formId, field_id: 'address' });
    }
  }
  return rows;
}

export interface SharingFixture {
  collector: TestCollector;
  admin: TestSession;
  /** Agency A's admin, designer and analyst (API token for `/clickhouse`). */
  alice: TestSession;
  dana: TestSession;
  analyst: { tokenId: string; secret: string };
}

const PASSWORD = 'correct-horse-battery';
export const AGENCIES = [
  { id: 'agency-a', name: '가나시청' },
  { id: 'agency-b', name: '다라군청' },
  { id: 'agency-c', name: 'C-secret-name' },
  { id: 'agency-d', name: 'D-secret-name' },
  { id: 'agency-e', name: 'E-secret-name' },
] as const;

async function json<T>(res: Response): Promise<T> {
  if (res.status >= 300) throw new Error(`${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * A collector with agencies (default: five, `agency-a` … `agency-e`), one site each (`site-a` …), an
 * admin, a designer and an analyst token in the first agency, and no traffic (tests insert it with
 * `trafficRows`).
 *
 * @example
 * const f = await startSharingFixture();
 */
export async function startSharingFixture({
  env = {} as Record<string, string>,
  agencies = AGENCIES as readonly { id: string; name: string }[],
} = {}): Promise<SharingFixture> {
  const collector = await startTestCollector({
    env,
    sites: agencies.map((a) => ({
      key: a.id.replace('agency', 'site'),
      name: `${a.name} 민원`,
      agency: a.id,
      origins: [`http://${a.id}.example.go.kr`],
    })),
  });
  const admin = await collector.login();
  const post = (path: string, body: unknown) =>
    collector.app.request(path, {
      method: 'POST',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  for (const a of agencies) await json(await post('/api/admin/agencies', a));
  const user = async (email: string, role: string) =>
    (
      await json<{ user: { id: string } }>(
        await post('/api/admin/users', { email, name: email, role, agencyId: agencies[0]!.id, password: PASSWORD }),
      )
    ).user.id;
  await user('alice@a.example.go.kr', 'admin');
  await user('dana@a.example.go.kr', 'designer');
  const analystId = await user('ana@a.example.go.kr', 'analyst');
  const token = await json<{ token: { id: string }; secret: string }>(
    await post('/api/admin/tokens', { userId: analystId, name: 'nb' }),
  );
  const login = async (email: string) => {
    const first = await collector.login(email, PASSWORD);
    await json(
      await collector.app.request('/api/auth/password', {
        method: 'POST',
        headers: { ...first.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ current: PASSWORD, next: `${PASSWORD}-2` }),
      }),
    );
    return collector.login(email, `${PASSWORD}-2`);
  };
  return {
    collector,
    admin,
    alice: await login('alice@a.example.go.kr'),
    dana: await login('dana@a.example.go.kr'),
    analyst: { tokenId: token.token.id, secret: token.secret },
  };
}

/**
 * Sends a JSON request as `session`.
 *
 * @example
 * await send(f.collector, f.admin, 'PUT', '/api/admin/agencies/agency-b/sharing', { enabled: true, showName: true });
 */
export function send(collector: TestCollector, session: TestSession, method: string, path: string, body?: unknown) {
  return collector.app.request(path, {
    method,
    headers: { ...session.headers, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
