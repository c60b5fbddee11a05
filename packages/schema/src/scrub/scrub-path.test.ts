import { describe, expect, it } from 'vitest';
import { scrubPath } from './scrub-path.ts';

describe('scrubPath', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/minwon/apply/step-2', '/minwon/apply/step-2'],
    ['/users/hong@example.com/edit', '/users/[EMAIL]/edit'],
    ['/users/hong%40example.com/edit', '/users/[EMAIL]/edit'],
    ['/member/01012345678/profile', '/member/[PHONE]/profile'],
    ['/resident/9001011234567', '/resident/[RRN]'],
    ['/resident/900101-1234567/', '/resident/[RRN]/'],
    ['/pay/4111111111111111', '/pay/[CARD]'],
    ['/biz/1058150124', '/biz/[BRN]'],
    ['/car/12%EA%B0%803456', '/car/[PLATE]'],
    ['/complaints/2AA-2411-000123', '/complaints/2AA-2411-000123'],
    ['/notice/12345', '/notice/12345'],
    ['/board/2024/01/15', '/board/2024/01/15'],
    ['/%EB%AF%BC%EC%9B%90/%EC%8B%A0%EC%B2%AD', '/민원/신청'],
    ['/a%2Fb/c', '/a%2Fb/c'],
    ['/with%20space', '/with%20space'],
    ['/bad/%E0%A4%A/ok', '/bad/%E0%A4%A/ok'],
    ['/bad%zz/010-1234-5678%', '/bad%zz/[PHONE]%'],
    ['/100%/x', '/100%/x'],
    ['/page#section-2', '/page'],
    ['/page?name=홍길동&rrn=9001011234567', '/page'],
    ['relative/path', '/relative/path'],
    ['/apply.do;jsessionid=A1B2C3D4E5?x=1', '/apply.do'],
    ['/a;JSESSIONID=abc.node1/b;v=2', '/a/b;v=2'],
    ['https://www.minwon.go.kr/apply/step?x=1#top', '/apply/step'],
    ['https://user:secret@www.minwon.go.kr:8443/a/b', '/a/b'],
    ['//cdn.example.com/a', '/a'],
    ['https://www.minwon.go.kr', '/'],
    ['mailto:hong@example.com', '/[EMAIL]'],
  ])('%j → %j', (input, expected) => {
    expect(scrubPath(input)).toBe(expected);
  });

  it.each([
    ['/search?q=여권&page=2&token=abc', ['q', 'page'], '/search?q=여권&page=2'],
    ['/search?token=abc&page=2&q=x', ['q', 'page'], '/search?page=2&q=x'],
    ['/search?q=010-1234-5678', ['q'], '/search?q=[PHONE]'],
    ['/search?q=%EC%97%AC%EA%B6%8C+%EB%B0%9C%EA%B8%89', ['q'], '/search?q=여권%20발급'],
    ['/search?q=a%26b%3Dc', ['q'], '/search?q=a%26b%3Dc'],
    ['/search?q=hong%40example.com', ['q'], '/search?q=[EMAIL]'],
    ['/search?q=%E0%A4%A', ['q'], '/search?q=%E0%A4%A'],
    ['/search?step&x=1', ['step'], '/search?step'],
    ['/search?step=1&step=2', ['step'], '/search?step=1&step=2'],
    ['/search?token=abc', ['q'], '/search'],
    ['/search?q=1#q=2', ['q'], '/search?q=1'],
    [
      'https://www.minwon.go.kr/users/hong%40example.com/edit?token=abc&step=2#top',
      ['step'],
      '/users/[EMAIL]/edit?step=2',
    ],
  ] as const)('%j with %j → %j', (input, allowed, expected) => {
    expect(scrubPath(input, allowed)).toBe(expected);
  });

  it('is idempotent on its own output', () => {
    for (const input of ['/a%2Fb/%E0%A4%A/hong%40example.com', '/search?q=a%26b+010-1234-5678']) {
      const once = scrubPath(input, ['q']);
      expect(scrubPath(once, ['q'])).toBe(once);
    }
  });
});
