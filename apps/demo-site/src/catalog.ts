import type { FixFlags } from './problems.ts';

/** One complaint service (민원 사무) with its information page at `/services/{slug}`. */
export interface Service {
  slug: string;
  title: string;
  summary: string;
  agency: string;
  fee: string;
  duration: string;
  keywords: readonly string[];
  /** First step of the online application, when there is one. */
  applyPath?: string;
}

/** A 3rd-depth menu entry: a link to a page. */
export interface MenuLink {
  label: string;
  href: string;
}

/** A 2nd-depth menu group (KRDS `.gnb-sub-trigger`). */
export interface MenuGroup {
  label: string;
  links: readonly MenuLink[];
}

/** A 1st-depth menu section (KRDS `.gnb-main-trigger`), also a complaint category at `/category/{slug}`. */
export interface MenuSection {
  slug: string;
  label: string;
  description: string;
  groups: readonly MenuGroup[];
}

/** The path of the service whose menu label is the "menu-label" problem. */
export const MOVE_IN_PATH = '/services/move-in';
/** The label people do not expect, and the label that fixes it. */
export const MOVE_IN_LABELS = { problem: '주민등록 사항 변동 신고', fixed: '전입신고(이사 후 주소 변경)' } as const;

const s = (
  slug: string,
  title: string,
  summary: string,
  keywords: string[],
  extra: Partial<Service> = {},
): Service => ({
  slug,
  title,
  summary,
  agency: '행정안전부',
  fee: '무료',
  duration: '즉시',
  keywords,
  ...extra,
});

/** Every service of the portal. */
export const SERVICES: readonly Service[] = [
  s(
    'move-in',
    '전입신고',
    '이사한 뒤 14일 이내에 새 주소지로 주민등록을 옮기는 신고입니다.',
    ['전입', '이사', '주소 변경', '주민등록', '전입신고'],
    {
      applyPath: '/apply/move-in/1',
      duration: '1~2일',
    },
  ),
  s('resident-copy', '주민등록표 등본(초본) 발급', '주민등록표 등본과 초본을 온라인으로 발급합니다.', [
    '등본',
    '초본',
    '주민등록',
  ]),
  s('family-cert', '가족관계증명서 발급', '가족관계등록부의 증명서를 발급합니다.', ['가족관계', '증명서'], {
    agency: '법원행정처',
  }),
  s('building-ledger', '건축물대장 발급', '건축물대장 열람과 발급을 신청합니다.', ['건축물', '대장'], {
    agency: '국토교통부',
  }),
  s('birth-report', '출생신고', '아이가 태어난 날부터 1개월 이내에 하는 신고입니다.', ['출생', '아기', '신고'], {
    agency: '법원행정처',
  }),
  s('death-report', '사망신고', '사망 사실을 안 날부터 1개월 이내에 하는 신고입니다.', ['사망', '신고'], {
    agency: '법원행정처',
  }),
  s('marriage-report', '혼인신고', '혼인 사실을 가족관계등록부에 기록하는 신고입니다.', ['혼인', '결혼', '신고'], {
    agency: '법원행정처',
  }),
  s(
    'license-renewal',
    '운전면허 적성검사·갱신',
    '운전면허의 적성검사 기간 안에 면허를 갱신합니다.',
    ['운전면허', '갱신'],
    { agency: '경찰청' },
  ),
  s('passport', '여권 재발급', '유효기간이 남은 여권을 다시 발급받습니다.', ['여권'], {
    agency: '외교부',
    fee: '53,000원',
  }),
  s(
    'car-registration',
    '자동차 이전등록',
    '자동차를 사고팔 때 소유자를 바꾸는 등록입니다.',
    ['자동차', '이전', '등록'],
    { agency: '국토교통부' },
  ),
  s('moving-support', '이사 지원 안내', '청년·신혼부부 이사비 지원 사업을 안내합니다.', ['이사', '지원', '이사비'], {
    agency: '국토교통부',
  }),
  s(
    'lease-report',
    '주택임대차 계약 신고',
    '주택 임대차 계약을 맺은 날부터 30일 이내에 하는 신고입니다.',
    ['임대차', '전월세', '계약', '신고'],
    { agency: '국토교통부' },
  ),
  s('fixed-date', '확정일자 부여', '임대차 계약서에 확정일자를 받습니다.', ['확정일자', '임대차'], { fee: '600원' }),
  s('parking-appeal', '주정차 위반 의견진술', '주정차 위반 과태료 고지에 의견을 제출합니다.', [
    '주정차',
    '과태료',
    '의견진술',
  ]),
  s('bulky-waste', '대형폐기물 배출 신고', '가구·가전 등 대형폐기물 배출을 신고합니다.', ['폐기물', '대형', '배출'], {
    fee: '품목별 상이',
  }),
  s('noise-complaint', '생활소음 민원', '공사장·층간 소음 등 생활소음 민원을 신청합니다.', ['소음', '층간소음'], {
    agency: '환경부',
  }),
  s('basic-pension', '기초연금 신청', '만 65세 이상 어르신의 기초연금을 신청합니다.', ['기초연금', '연금', '어르신'], {
    agency: '보건복지부',
    duration: '30일',
  }),
  s('disability-registration', '장애인 등록', '장애 정도 심사를 거쳐 장애인으로 등록합니다.', ['장애인', '등록'], {
    agency: '보건복지부',
    duration: '30일',
  }),
  s('child-allowance', '아동수당 신청', '만 8세 미만 아동의 아동수당을 신청합니다.', ['아동수당', '아동', '수당'], {
    agency: '보건복지부',
    duration: '30일',
  }),
  s('health-insurance', '건강보험 자격 확인', '건강보험 자격 득실 확인서를 발급합니다.', ['건강보험', '자격'], {
    agency: '국민건강보험공단',
  }),
  s('vaccination', '예방접종 내역 확인', '예방접종 내역과 증명서를 확인합니다.', ['예방접종', '증명서'], {
    agency: '질병관리청',
  }),
  s(
    'id-card-reissue',
    '주민등록증 재발급',
    '잃어버렸거나 훼손된 주민등록증을 다시 발급받습니다.',
    ['주민등록증', '재발급', '분실'],
    { fee: '5,000원', duration: '약 3주' },
  ),
  s('seal-report', '인감 신고', '인감을 신고하거나 변경합니다.', ['인감', '신고']),
  s('safety-report', '안전신문고 신고', '생활 속 안전 위험 요소를 신고합니다.', ['안전', '신고', '위험']),
  s('disaster-aid', '재난지원금 신청', '재난 피해에 대한 지원금을 신청합니다.', ['재난', '지원금'], {
    duration: '14일',
  }),
];

const link = (slug: string, label?: string): MenuLink => {
  const service = SERVICES.find((x) => x.slug === slug);
  if (!service) throw new Error(`no service ${slug}`);
  return { label: label ?? service.title, href: `/services/${slug}` };
};

/**
 * The 3-level main menu as the site shows it, which depends on the "menu-label" fix.
 *
 * @example
 * const sections = buildMainMenu({ ...allFixes(false) });
 * sections[0].groups[0].links[0].label; // '주민등록표 등본(초본) 발급'
 */
export function buildMainMenu(fixes: FixFlags): readonly MenuSection[] {
  const fixed = fixes['menu-label'];
  const moveInLabel = fixed ? MOVE_IN_LABELS.fixed : MOVE_IN_LABELS.problem;
  const housing = [link('moving-support'), link('lease-report'), link('fixed-date')];
  return [
    {
      slug: 'apply',
      label: '민원신청',
      description: '증명서 발급과 각종 신고·신청',
      groups: [
        { label: '증명서 발급', links: [link('resident-copy'), link('family-cert'), link('building-ledger')] },
        { label: '가족관계 신고', links: [link('birth-report'), link('death-report'), link('marriage-report')] },
        { label: '자주 찾는 민원', links: [link('license-renewal'), link('passport'), link('car-registration')] },
      ],
    },
    {
      slug: 'living',
      label: '주거·생활',
      description: '이사, 주거, 교통과 생활환경',
      groups: [
        { label: '이사·주거', links: fixed ? [link('move-in', '전입신고'), ...housing] : housing },
        { label: '교통·차량', links: [link('parking-appeal'), link('car-registration')] },
        { label: '생활환경', links: [link('bulky-waste'), link('noise-complaint')] },
      ],
    },
    {
      slug: 'welfare',
      label: '복지·건강',
      description: '복지 서비스와 건강·의료',
      groups: [
        {
          label: '복지서비스',
          links: [link('basic-pension'), link('disability-registration'), link('child-allowance')],
        },
        { label: '건강·의료', links: [link('health-insurance'), link('vaccination')] },
      ],
    },
    {
      slug: 'admin',
      label: '행정·안전',
      description: '주민등록, 인감과 안전 신고',
      groups: [
        { label: '주민등록', links: [link('move-in', moveInLabel), link('id-card-reissue'), link('seal-report')] },
        { label: '안전·재난', links: [link('safety-report'), link('disaster-aid')] },
      ],
    },
  ];
}

/**
 * Finds a service by slug.
 *
 * @example
 * findService('move-in')?.title; // '전입신고'
 */
export function findService(slug: string): Service | undefined {
  return SERVICES.find((x) => x.slug === slug);
}

/** Where a service sits in the menu: its section and group, first occurrence. */
export interface MenuPlace {
  section: MenuSection;
  group: MenuGroup;
  link: MenuLink;
}

/**
 * Locates a path in the menu, for breadcrumbs and side navigation.
 *
 * @example
 * locateInMenu(buildMainMenu(allFixes(false)), '/services/move-in')?.section.label; // '행정·안전'
 */
export function locateInMenu(sections: readonly MenuSection[], href: string): MenuPlace | undefined {
  for (const section of sections)
    for (const group of section.groups)
      for (const l of group.links) if (l.href === href) return { section, group, link: l };
  return undefined;
}

/**
 * Searches services by title, keywords and summary; every word of the query must match somewhere.
 *
 * @example
 * searchServices('전입').map((x) => x.slug); // ['move-in']
 */
export function searchServices(query: string): Service[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return SERVICES.filter((service) => {
    const haystack = [service.title, service.summary, ...service.keywords].join(' ').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
