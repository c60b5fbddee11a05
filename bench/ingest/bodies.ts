import { randomUUID } from 'node:crypto';

export const BENCH_ORIGIN = 'https://bench.example.go.kr';
/** Browsers always send one; the collector parses it (device, browser, OS) and hashes it into the visitor id. */
export const BENCH_USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';
export const BENCH_SITE = { key: 'bench', name: 'Bench', origins: [BENCH_ORIGIN], allowedParams: ['page'] };

/** The collector's environment in the ingest benches: the bench site, no rate limits, quiet logs. */
export function benchCollectorEnv(dataDir: string, port: number): Record<string, string> {
  return {
    DATA_DIR: dataDir,
    PORT: String(port),
    MINWON_SQL_PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    RATE_CLIENT_RPS: '0',
    RATE_SITE_RPS: '0',
    MINWON_ADMIN_PASSWORD: 'bench-password-000',
    MINWON_SITES: JSON.stringify([BENCH_SITE]),
  };
}

/** Realistic wire events: page views, menu clicks and input errors whose messages need scrubbing. */
export function benchEvents(count: number, now = Date.now()): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => {
    const base = { id: randomUUID(), seq: i, t: now - 1000 + i, path: '/apply/step2?page=2&name=홍길동' };
    if (i % 3 === 0) return { ...base, kind: 'page_view', title: '전입신고 - 2단계', referrer: 'https://www.gov.kr/x' };
    if (i % 3 === 1) {
      return { ...base, kind: 'menu_click', label: '민원신청', trail: ['민원', '신청'], depth: 2, target: '/apply' };
    }
    return {
      ...base,
      kind: 'input_error',
      formId: 'apply',
      fieldId: 'phone',
      errorKind: 'pattern_mismatch',
      errorSource: 'constraint',
      message: '연락처 010-1234-5678 형식이 올바르지 않습니다',
      attempt: 1,
    };
  });
}

/** One batch body of `count` fresh events. */
export function benchBody(count: number, session: number): string {
  return JSON.stringify({
    v: 1,
    site: BENCH_SITE.key,
    sid: `bench-session-${session}`,
    sentAt: Date.now(),
    events: benchEvents(count),
  });
}
