import { describe, expect, it } from 'vitest';
import { stripQuoted } from './scope.ts';

describe('stripQuoted: what a site may echo of typed input', () => {
  it.each([
    ['"900101-1234567"은 올바르지 않습니다', '…은 올바르지 않습니다'],
    ["입력값 '홍길동'을 확인하세요", '입력값 …을 확인하세요'],
    ['입력하신 900101-1234567 는 형식 오류', '입력하신 … 는 형식 오류'],
    ['010-1234-5678 번호를 확인하세요', '… 번호를 확인하세요'],
    ['hong@example.go.kr 주소가 잘못되었습니다', '… 주소가 잘못되었습니다'],
    ['「김철수」 님', '… 님'],
  ])('%s', (input, output) => {
    expect(stripQuoted(input)).toBe(output);
  });
  it('keeps ordinary messages, short numbers and prices', () => {
    for (const text of ['생년월일 8자리를 입력하세요', '비밀번호는 10자 이상', '수수료 1,000원'])
      expect(stripQuoted(text)).toBe(text);
  });
});
