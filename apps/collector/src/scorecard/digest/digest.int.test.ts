import type { AddressInfo } from 'node:net';
import type { DigestSendResponse, DigestStateResponse } from '@minwon-ux/api-contract';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { insertEvents } from '../../ingest/insert-events.ts';
import { buildComplaintSessions } from '../../insights/fixtures/complaint-sessions.ts';
import { createLogger } from '../../logger.ts';
import { startTestCollector, TEST_ADMIN, type TestCollector, type TestSession } from '../../testing.ts';
import { loadDigestConfig } from './digest-config.ts';
import { previousMonth, sendDigests } from './send-digest.ts';

// The monthly digest against a REAL SMTP server started here (smtp-server), read back with mailparser.

const received: ParsedMail[] = [];
let smtp: SMTPServer;
let withMail: TestCollector;
/** The same collector without SMTP_URL (chdb opens one store per process). */
let withoutMail: Pick<TestCollector, 'app'>;
let admin: TestSession;
const last = previousMonth(Date.now());

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => received.push(mail))
        .then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  const sites = [{ key: 'demo', name: '정부민원포털', origins: ['https://demo.example.go.kr'], retentionDays: 3650 }];
  withMail = await startTestCollector({ sites, env: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
  withoutMail = {
    app: createApp({ ...withMail.runtime, logger: createLogger('silent'), digestConfig: loadDigestConfig({}) }),
  };
  await insertEvents(
    withMail.runtime.store,
    buildComplaintSessions({ site: 'demo', sessions: 120, seed: 5, startDay: last.from, days: 7, problems: true }),
  );
  admin = await withMail.login();
}, 120_000);
afterAll(async () => {
  await withMail?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const call = (c: Pick<TestCollector, 'app'>, s: TestSession, path: string, method = 'GET', body?: unknown) =>
  c.app.request(path, {
    method,
    headers: { ...s.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('monthly scorecard digest', () => {
  it('says so when no SMTP_URL is set, and sends nothing', async () => {
    const s = await withMail.login();
    const state = (await (await call(withoutMail, s, '/api/scorecard/digest')).json()) as DigestStateResponse;
    expect(state).toMatchObject({ mailConfigured: false, subscribed: false, email: TEST_ADMIN.email });
    const put = await call(withoutMail, s, '/api/scorecard/digest', 'PUT', { subscribed: true });
    expect(put.status).toBe(409);
    expect(((await put.json()) as { error: { code: string } }).error.code).toBe('mail_not_configured');
    const send = (await (
      await call(withoutMail, s, '/api/scorecard/digest/send', 'POST', {})
    ).json()) as DigestSendResponse;
    expect(send).toEqual({ mailConfigured: false, sent: 0, failed: 0 });
  });

  it('subscribes, and "send now" mails last month’s scorecard over SMTP', async () => {
    expect((await call(withMail, admin, '/api/scorecard/digest', 'PUT', { subscribed: 'yes' })).status).toBe(400);
    const put = await call(withMail, admin, '/api/scorecard/digest', 'PUT', { subscribed: true });
    expect(((await put.json()) as DigestStateResponse).subscribed).toBe(true);
    const res = await call(withMail, admin, '/api/scorecard/digest/send', 'POST', {});
    expect(await res.json()).toEqual({ mailConfigured: true, sent: 1, failed: 0 });
    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.subject).toBe(`[minwon-ux] ${last.month} UX 평가표 요약 (1개 사이트)`);
    expect((mail.to as { text: string }).text).toBe(TEST_ADMIN.email);
    expect(mail.text).toMatch(/■ 정부민원포털: \d+(\.\d)?점 (우수|보통|미흡)/);
    expect(mail.text).toContain('오류 방지');
    expect(mail.html).toContain('평가표 보기');
    const state = (await (await call(withMail, admin, '/api/scorecard/digest')).json()) as DigestStateResponse;
    expect(state).toMatchObject({ lastMonth: last.month, lang: 'ko' });
  });

  it('writes the digest in the language the subscriber chose (English)', async () => {
    expect((await call(withMail, admin, '/api/scorecard/digest', 'PUT', { subscribed: true, lang: 'fr' })).status).toBe(
      400,
    );
    const put = await call(withMail, admin, '/api/scorecard/digest', 'PUT', { subscribed: true, lang: 'en' });
    expect(((await put.json()) as DigestStateResponse).lang).toBe('en');
    expect(await (await call(withMail, admin, '/api/scorecard/digest/send', 'POST', {})).json()).toMatchObject({
      sent: 1,
    });
    const mail = received.at(-1)!;
    expect(mail.subject).toBe(`[minwon-ux] UX scorecard summary, ${last.month} (1 site)`);
    expect(mail.text).toMatch(/■ 정부민원포털: (\d+(\.\d)? points, (excellent|fair|poor)|not scored)/);
    expect(mail.text).toContain('Error prevention');
    expect(mail.text).not.toMatch(/[가-힣]{2,}점|오류 방지/);
    expect(mail.html).toContain('Open the scorecard');
    // a later PUT without lang keeps it
    await call(withMail, admin, '/api/scorecard/digest', 'PUT', { subscribed: true });
    expect(((await (await call(withMail, admin, '/api/scorecard/digest')).json()) as DigestStateResponse).lang).toBe(
      'en',
    );
  });

  it('the monthly schedule sends a month once, and never to unsubscribed users', async () => {
    const deps = {
      store: withMail.runtime.store,
      sites: withMail.runtime.sites,
      config: withMail.runtime.digestConfig,
    };
    expect(await sendDigests(deps)).toEqual({ mailConfigured: true, sent: 0, failed: 0 }); // already sent for last month
    const nextMonth = Date.parse(`${last.to}T00:00:00Z`) + 40 * 86_400_000;
    expect(await sendDigests({ ...deps, now: () => nextMonth })).toMatchObject({ sent: 1 });
    await call(withMail, admin, '/api/scorecard/digest', 'PUT', { subscribed: false });
    expect(await sendDigests({ ...deps, now: () => nextMonth + 40 * 86_400_000 })).toMatchObject({ sent: 0 });
    expect(received).toHaveLength(3);
  });
});
