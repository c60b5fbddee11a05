import { randomUUID } from 'node:crypto';

/** A site every ingest test registers. */
export const TEST_ORIGIN = 'https://minwon.example.go.kr';
export const TEST_SITE = { key: 'site-a', name: '민원 A', origins: [TEST_ORIGIN], allowedParams: ['page'] };

/** A valid wire event of kind `input_error`, with overrides. */
export const inputError = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  seq: 1,
  t: Date.now() - 1000,
  kind: 'input_error',
  path: '/apply/step1?name=홍길동&page=2',
  formId: 'apply',
  fieldId: 'phone',
  fieldType: 'tel',
  errorKind: 'pattern_mismatch',
  errorSource: 'constraint',
  message: '연락처 hong@example.com 형식이 올바르지 않습니다',
  attempt: 2,
  ...overrides,
});

/** A batch envelope around `events`. */
export const batch = (events: unknown[], overrides: Record<string, unknown> = {}) => ({
  v: 1,
  site: TEST_SITE.key,
  sid: 'session-0001',
  sentAt: Date.now(),
  events,
  ...overrides,
});

/** Request init for `POST /v1/events` from the test site's origin. */
export const postInit = (
  body: string | Uint8Array<ArrayBuffer>,
  headers: Record<string, string> = {},
): RequestInit => ({
  method: 'POST',
  body,
  headers: {
    'content-type': 'text/plain;charset=UTF-8',
    origin: TEST_ORIGIN,
    'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/150.0 Safari/537.36',
    ...headers,
  },
});
