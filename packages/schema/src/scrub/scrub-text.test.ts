import { describe, expect, it } from 'vitest';
import { scrubText } from './scrub-text.ts';

// input → expected output. Every identifier type, bare and inside Korean sentences.
const POSITIVES: readonly (readonly [string, string])[] = [
  // Resident and foreigner registration numbers: checksum ignored, masked tails, any separator.
  ['900101-1234568', '[RRN]'], // valid check digit
  ['900101-1234567', '[RRN]'], // invalid check digit: still removed
  ['201015-3000000', '[RRN]'], // issued after October 2020, no check digit
  ['9001011234567', '[RRN]'],
  ['900101 1234567', '[RRN]'],
  ['900101 - 2234567', '[RRN]'],
  ['900101.1234567', '[RRN]'],
  ['900101–1234567', '[RRN]'], // en dash
  ['900101-1******', '[RRN]'],
  ['900101-*******', '[RRN]'],
  ['000229-4123456', '[RRN]'], // leap day
  ['851231-5123456', '[RRN]'], // foreigner, born 1900s
  ['020305-8123456', '[RRN]'], // foreigner, born 2000s
  ['주민번호900101-1234567입니다', '주민번호[RRN]입니다'],
  ['주민등록번호: 900101-1234567, 확인 바랍니다.', '주민등록번호: [RRN], 확인 바랍니다.'],
  ['외국인등록번호(851231-6123456)를 입력하세요', '외국인등록번호([RRN])를 입력하세요'],
  ['생년월일 900101-1****** 홍길동', '생년월일 [RRN] 홍길동'],
  ['９００１０１－１２３４５６７', '[RRN]'], // full-width digits
  // Phone numbers.
  ['010-1234-5678', '[PHONE]'],
  ['01012345678', '[PHONE]'],
  ['010.1234.5678', '[PHONE]'],
  ['010 1234 5678', '[PHONE]'],
  ['011-123-4567', '[PHONE]'],
  ['016-123-4567', '[PHONE]'],
  ['019-1234-5678', '[PHONE]'],
  ['010-****-5678', '[PHONE]'],
  ['+82 10-1234-5678', '[PHONE]'],
  ['+82-10-1234-5678', '[PHONE]'],
  ['+821012345678', '[PHONE]'],
  ['+82 (0)10 1234 5678', '[PHONE]'],
  ['0082-10-1234-5678', '[PHONE]'],
  ['+82 2-123-4567', '[PHONE]'],
  ['02-123-4567', '[PHONE]'],
  ['02-1234-5678', '[PHONE]'],
  ['(02)1234-5678', '[PHONE]'],
  ['(02) 123-4567', '[PHONE]'],
  ['021234567', '[PHONE]'],
  ['031-123-4567', '[PHONE]'],
  ['051.234.5678', '[PHONE]'],
  ['064-123-4567', '[PHONE]'],
  ['0505-123-4567', '[PHONE]'],
  ['0504-1234-5678', '[PHONE]'],
  ['070-1234-5678', '[PHONE]'],
  ['080-123-4567', '[PHONE]'],
  ['1588-1234', '[PHONE]'],
  ['15881234', '[PHONE]'],
  ['1644-1234', '[PHONE]'],
  ['1899-1234', '[PHONE]'],
  ['연락처는 010-1234-5678입니다', '연락처는 [PHONE]입니다'],
  ['휴대폰01012345678로 연락', '휴대폰[PHONE]로 연락'],
  ['전화: 02)123-4567, 팩스: 031-123-4567', '전화: [PHONE], 팩스: [PHONE]'],
  ['０１０－１２３４－５６７８', '[PHONE]'],
  // E-mail.
  ['hong@example.com', '[EMAIL]'],
  ['hong.gildong+minwon@mail.go.kr', '[EMAIL]'],
  ['user_01@sub.example.co.kr', '[EMAIL]'],
  ['hong%40example.com', '[EMAIL]'],
  ['문의는hong@example.com으로 보내주세요', '문의는[EMAIL]으로 보내주세요'],
  ['메일: 9001011234567@example.com.', '메일: [EMAIL].'],
  // Cards (Luhn-valid).
  ['4111 1111 1111 1111', '[CARD]'],
  ['4111-1111-1111-1111', '[CARD]'],
  ['4111111111111111', '[CARD]'],
  ['5105105105105100', '[CARD]'],
  ['3782 822463 10005', '[CARD]'], // 15 digits, 4-6-5
  ['4222222222222', '[CARD]'], // 13 digits
  ['4111111111111111110', '[CARD]'], // 19 digits
  ['카드번호5105-1051-0510-5100로 결제', '카드번호[CARD]로 결제'],
  // Business registration numbers.
  ['123-45-67890', '[BRN]'],
  ['사업자등록번호 105-81-50124 확인', '사업자등록번호 [BRN] 확인'],
  ['1058150124', '[BRN]'], // bare, checksum-valid
  // Passports.
  ['M12345678', '[PASSPORT]'],
  ['M123A4567', '[PASSPORT]'],
  ['S98765432', '[PASSPORT]'],
  ['여권번호M123A4567입니다', '여권번호[PASSPORT]입니다'],
  ['여권 m12345678 분실', '여권 [PASSPORT] 분실'],
  // Driver's licences.
  ['11-23-456789-01', '[DRIVER_LICENSE]'],
  ['면허번호 서울 23-456789-01 입니다', '면허번호 [DRIVER_LICENSE] 입니다'],
  ['운전면허12-34-567890-12번', '운전면허[DRIVER_LICENSE]번'],
  // Bank-account-like digit groups.
  ['110-123-456789', '[ACCOUNT]'],
  ['1002-123-456789', '[ACCOUNT]'],
  ['123-456789-01-001', '[ACCOUNT]'],
  ['3333-01-1234567', '[ACCOUNT]'],
  ['301-1234-5678-91', '[ACCOUNT]'],
  ['123456-01-123456', '[ACCOUNT]'],
  ['1234-5678-9012-3456', '[ACCOUNT]'], // card-shaped but Luhn-invalid
  ['입금계좌 신한 110-123-456789 (홍길동)', '입금계좌 신한 [ACCOUNT] (홍길동)'],
  ['환불계좌:1002-123-456789로', '환불계좌:[ACCOUNT]로'],
  // Vehicle plates.
  ['12가3456', '[PLATE]'],
  ['123가4567', '[PLATE]'],
  ['서울12가3456', '[PLATE]'],
  ['경기 12가 3456', '[PLATE]'],
  ['차량번호 12가 3456 주차위반', '차량번호 [PLATE] 주차위반'],
  ['123허4567 렌터카', '[PLATE] 렌터카'],
  ['차량(123가4567)이 견인되었습니다', '차량([PLATE])이 견인되었습니다'],
  // Neighbours: punctuation stays, touching identifiers are all removed.
  ['(010-1234-5678)', '([PHONE])'],
  ['010-1234-5678+82 10-123-4567', '[PHONE][PHONE]'],
  ['12가3456M12345678', '[PLATE][PASSPORT]'],
  ['110-123-456789/010-1234-5678', '[ACCOUNT]/[PHONE]'],
  // Several identifiers at once.
  ['홍길동(900101-1234567, 010-1234-5678, hong@example.com, 12가3456)', '홍길동([RRN], [PHONE], [EMAIL], [PLATE])'],
];

// Text that must come back unchanged.
const NEGATIVES: readonly string[] = [
  '2024-01-15',
  '2024.01.15',
  '2024/01/15',
  '2024. 1. 15.',
  '2024년 1월 15일',
  '2024-01-15 14:30:00',
  '2024-01-15T14:30:00Z',
  '2024-01-15-0001',
  '20240115',
  '2AA-2411-000123',
  '접수번호 2AA-2411-000123 로 조회하세요',
  '1AA-2401-0123456',
  '12,000원',
  '1,234,567원',
  '1,234,567,890원',
  '수수료 12000원',
  '₩1,500,000',
  '예산 12조 3456억원',
  '14:30',
  '오후 2:30',
  '09:00~18:00',
  '1시간 30분',
  'v1.2.3',
  '1.10.0',
  '2.4.10-beta.1',
  'Chrome/120.0.6099.109',
  'Windows 10',
  '페이지 12',
  '3 / 12 페이지',
  'p.123',
  '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16',
  'A1234',
  'ABC-12',
  'KRDS-2024',
  '2024',
  '2023년',
  '2020-2024',
  '06236',
  '우편번호 06236',
  '서울특별시 강남구 테헤란로 123, 4층',
  '101동 1203호',
  '민원 신청이 완료되었습니다',
  '주민등록등본 발급',
  '1/4 단계',
  '2단계',
  '100%',
  '0.5',
  '3.14159',
  'UTF-8',
  'ISO 9001',
  '제2024-123호',
  'ISBN 978-89-1234-567-8',
  '123456',
  '1234567',
  '12345678',
  '1234567890', // ten digits, BRN checksum fails
  '4111111111111112', // Luhn-invalid
  '900230-1234567', // 30 February is no birth date
  '901301-1234567', // month 13
  '900101-9234567', // seventh digit 9
  '@hong',
  'hong@localhost',
  '',
];

describe('scrubText corpus', () => {
  it.each(POSITIVES)('scrubs %j', (input, expected) => {
    expect(scrubText(input)).toBe(expected);
  });

  it.each(NEGATIVES.map((text) => [text]))('keeps %j', (text) => {
    expect(scrubText(text)).toBe(text);
  });

  it('is idempotent on the corpus', () => {
    for (const [input] of POSITIVES) {
      const once = scrubText(input);
      expect(scrubText(once)).toBe(once);
    }
  });
});
