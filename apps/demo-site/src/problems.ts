/**
 * The UX problems built into the demo site on purpose, each with the id of the switch that fixes it.
 * One list for the site, both simulators, the tests and the README.
 *
 * @example
 * for (const problem of DEMO_PROBLEMS) console.error(problem.id, problem.title);
 */
export const DEMO_PROBLEMS = [
  {
    id: 'menu-label',
    title: '오해를 부르는 메뉴 이름',
    summary:
      'The 전입신고 service sits under 행정·안전 › 주민등록 as "주민등록 사항 변동 신고"; people look for it under 주거·생활, open other menus first, go back quickly and end up searching.',
    fix: 'Label it "전입신고(이사 후 주소 변경)" and list it under 주거·생활 › 이사·주거 too.',
    where: { kind: 'menu', label: '주민등록 사항 변동 신고', path: '/services/move-in' },
  },
  {
    id: 'phone-hyphen',
    title: '하이픈을 거부하는 휴대전화 입력란',
    summary:
      'The phone field of step 1 accepts digits only (pattern without hyphens) and says only "입력 형식이 올바르지 않습니다."',
    fix: 'Accept 010-1234-5678 and 01012345678 alike, show an example, and say what is expected.',
    where: { kind: 'field', form: 'move-in', field: 'phone', path: '/apply/move-in/1' },
  },
  {
    id: 'date-format',
    title: '형식을 알 수 없는 날짜 입력란',
    summary:
      'The move-in date of step 2 must be typed as YYYYMMDD with no hint; 2026-11-03 or 2026.11.3 are refused with "날짜 형식 오류".',
    fix: 'Show the format with an example and accept the usual separators.',
    where: { kind: 'field', form: 'move-in', field: 'moveInDate', path: '/apply/move-in/2' },
  },
  {
    id: 'attach-step',
    title: '무엇을 첨부할지 알 수 없는 첨부 단계',
    summary:
      'Step 3 says only "관계 법령에 따른 구비서류를 첨부하여 주십시오(해당자에 한함)": people stall, click the instruction, and many leave.',
    fix: 'Say which document is needed for whom, and offer "첨부할 서류 없음" when none is.',
    where: { kind: 'step', form: 'move-in', step: 3, path: '/apply/move-in/3' },
  },
] as const;

export type DemoProblem = (typeof DEMO_PROBLEMS)[number];
export type ProblemId = DemoProblem['id'];

/** Which problems are fixed; a missing id means "not fixed". */
export type FixFlags = Readonly<Record<ProblemId, boolean>>;

/** Every problem id, in display order. */
export const PROBLEM_IDS: readonly ProblemId[] = DEMO_PROBLEMS.map((p) => p.id);

/**
 * Tells whether a string is one of the problem ids.
 *
 * @example
 * isProblemId('phone-hyphen'); // true
 */
export function isProblemId(value: string): value is ProblemId {
  return (PROBLEM_IDS as readonly string[]).includes(value);
}

/**
 * All problems unfixed, or all fixed.
 *
 * @example
 * const fixes = allFixes(false); // { 'menu-label': false, ... }
 */
export function allFixes(fixed: boolean): FixFlags {
  return Object.fromEntries(PROBLEM_IDS.map((id) => [id, fixed])) as Record<ProblemId, boolean>;
}

/** A fix list names an id that does not exist. */
export class UnknownProblemError extends Error {
  readonly code = 'unknown_problem';
  readonly id: string;
  constructor(id: string) {
    super(`unknown problem id "${id}"; known: ${PROBLEM_IDS.join(', ')}`);
    this.name = 'UnknownProblemError';
    this.id = id;
  }
}

/**
 * Parses `DEMO_FIXES`: a comma-separated list of problem ids, `all`, or empty.
 *
 * @example
 * parseFixList('phone-hyphen,date-format')['phone-hyphen']; // true
 * parseFixList('all')['menu-label']; // true
 */
export function parseFixList(list: string | undefined): FixFlags {
  const fixes: Record<ProblemId, boolean> = { ...allFixes(false) };
  for (const raw of (list ?? '').split(',')) {
    const id = raw.trim();
    if (!id) continue;
    if (id === 'all') return allFixes(true);
    if (!isProblemId(id)) throw new UnknownProblemError(id);
    fixes[id] = true;
  }
  return fixes;
}
