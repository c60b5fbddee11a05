/** What the privacy tests type into the fixture's fields (and the page echoes into its errors). */
export const typedValues = {
  '#rrn': '900101-1234567',
  '#mobile': '010-9876-5432',
  '#mail': 'hong.gildong@example.go.kr',
  '#memo': '제 주민번호는 8505052345678 이고 연락처 02-123-4567, 메일 kim@test.kr 입니다',
};

/**
 * Fragments of those values that must appear nowhere, in any form a leak could take. Long enough
 * that random ids and millisecond timestamps cannot hold them by chance (a 4-digit fragment once
 * turned up inside a UUID).
 */
export const secretFragments = [
  '900101-1',
  '9001011',
  '1234567',
  '9876-5432',
  '98765432',
  'hong.gildong',
  'example.go.kr',
  '8505052345678',
  '123-4567',
  'kim@test.kr',
];
