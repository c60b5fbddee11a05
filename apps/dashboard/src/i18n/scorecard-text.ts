import type { ScorecardBand, ScorecardCriterion } from '@minwon-ux/api-contract';
import { getLang } from './index.ts';

/** The scorecard view's words (ko, en): kept beside the view, the shared dictionaries hold only its menu label. */
const TEXT = {
  ko: {
    title: 'UX 평가표',
    intro:
      '국민평가단의 다섯 기준을 실제 이용 기록으로 매 기간 잽니다. 각 기준은 기관 목표에 따라 0–100점이 되고, 종합 점수는 잰 기준들의 가중 평균입니다.',
    interval: '기간 단위',
    week: '주',
    month: '월',
    total: '종합 점수',
    band: '등급',
    formula: '산식 {version}',
    unscored: '평가 제외',
    tooFewSessions: '세션이 {n}개 미만이라 평가하지 않습니다',
    tooFewSamples: '잴 수 있는 기준이 없습니다',
    chart: '기간별 종합 점수와 기준별 점수',
    chartDesc: '0–100점. 80점 이상 우수, 60점 미만 미흡. 세로 점선은 기록된 개선 작업입니다.',
    criteria: '기준별 결과 (전체 기간)',
    criterion: '기준',
    meaning: '무엇을 재나',
    value: '측정값',
    score: '점수',
    samples: '표본',
    periods: '기간별 점수',
    period: '기간',
    sessions: '세션',
    services: '서비스별 점수',
    service: '서비스(서식)',
    serviceCode: '서비스 코드',
    agency: '기관 내 사이트 순위',
    rank: '순위',
    site: '사이트',
    print: '인쇄용 보고서(A4)',
    csv: 'CSV 내려받기',
    report: '{site} UX 평가 보고서 ({from} ~ {to})',
    changes: '기간 중 개선 작업',
    noChanges: '기록된 개선 작업이 없습니다.',
    digest: '월간 요약 메일',
    digestOn: '매월 초 이 사이트들의 평가표 요약을 메일로 받기 (한국어)',
    digestNoSmtp: '메일 서버(SMTP_URL)가 설정되지 않아 요약 메일을 보낼 수 없습니다. 관리자에게 문의하세요.',
    digestSaved: '저장했습니다.',
    digestSendNow: '지금 보내기 (관리자)',
    digestSent: '{sent}통 보냄, {failed}통 실패',
    notMeasured: '측정 불가',
  },
  en: {
    title: 'UX scorecard',
    intro:
      'The five criteria of the national UX review, measured from real use in every period. Each criterion scores 0–100 against the agency’s targets; the total is the weighted mean of the measured ones.',
    interval: 'Period',
    week: 'Week',
    month: 'Month',
    total: 'Total score',
    band: 'Band',
    formula: 'Formula {version}',
    unscored: 'Not scored',
    tooFewSessions: 'Fewer than {n} sessions: not scored',
    tooFewSamples: 'No criterion could be measured',
    chart: 'Total and criterion scores per period',
    chartDesc: '0–100. 80 and above is excellent, below 60 poor. Dashed vertical lines are recorded changes.',
    criteria: 'Criteria (whole range)',
    criterion: 'Criterion',
    meaning: 'What it measures',
    value: 'Measured',
    score: 'Score',
    samples: 'Samples',
    periods: 'Scores per period',
    period: 'Period',
    sessions: 'Sessions',
    services: 'Scores per service',
    service: 'Service (form)',
    serviceCode: 'Service code',
    agency: 'Sites of the agency, ranked',
    rank: 'Rank',
    site: 'Site',
    print: 'Printable report (A4)',
    csv: 'Download CSV',
    report: '{site} UX evaluation report ({from} – {to})',
    changes: 'Changes in the range',
    noChanges: 'No recorded changes.',
    digest: 'Monthly digest mail',
    digestOn: 'Mail me a summary of these sites’ scorecards at the start of each month (in English)',
    digestNoSmtp: 'No mail server (SMTP_URL) is set up, so no digest can be sent. Ask your administrator.',
    digestSaved: 'Saved.',
    digestSendNow: 'Send now (admin)',
    digestSent: '{sent} sent, {failed} failed',
    notMeasured: 'not measurable',
  },
} as const;

export type ScorecardTextKey = keyof (typeof TEXT)['ko'];

/** A scorecard string in the current language, `{name}` placeholders filled. */
export function sc(key: ScorecardTextKey, vars: Record<string, string | number> = {}): string {
  return TEXT[getLang()][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

const CRITERIA = {
  ko: {
    efficiency: ['효율성', '신청을 마치는 데 걸린 시간(중앙값)'],
    errorPrevention: ['오류 방지', '입력 오류를 만난 신청 비율(같은 칸 반복 오류 포함)'],
    learnability: ['학습용이성', '처음 온 사람의 신청 완료율'],
    memorability: ['기억용이성', '다시 온 사람이 처음 온 사람만큼 잘 마치는지(완료율·시간)'],
    satisfaction: ['만족도', '신청 뒤 설문의 5점 만점 평균'],
  },
  en: {
    efficiency: ['Efficiency', 'Median time to complete an application'],
    errorPrevention: ['Error prevention', 'Share of applications that met an input error (repeats weigh in)'],
    learnability: ['Learnability', 'Completion rate of first-time visitors'],
    memorability: ['Memorability', 'Whether returning visitors do as well as newcomers (completion, time)'],
    satisfaction: ['Satisfaction', 'Mean answer of the 5-point survey after applying'],
  },
} as const;

/** A criterion's name and plain meaning in the current language. */
export function criterionText(c: ScorecardCriterion): { name: string; meaning: string } {
  const [name, meaning] = CRITERIA[getLang()][c];
  return { name, meaning };
}

/** 우수/보통/미흡 or excellent/fair/poor. */
export function bandText(band: ScorecardBand | null): string {
  if (band === null) return sc('unscored');
  const ko = { excellent: '우수', fair: '보통', poor: '미흡' } as const;
  const en = { excellent: 'Excellent', fair: 'Fair', poor: 'Poor' } as const;
  return (getLang() === 'en' ? en : ko)[band];
}

/** A criterion's measured value in its unit, in the current language. */
export function criterionValue(c: ScorecardCriterion, value: number | null): string {
  if (value === null) return sc('notMeasured');
  const en = getLang() === 'en';
  switch (c) {
    case 'efficiency':
      return value >= 60
        ? en
          ? `${Math.floor(value / 60)} min ${Math.round(value % 60)} s`
          : `${Math.floor(value / 60)}분 ${Math.round(value % 60)}초`
        : en
          ? `${value.toFixed(1)} s`
          : `${value.toFixed(1)}초`;
    case 'errorPrevention':
    case 'learnability':
      return `${(value * 100).toFixed(1)}%`;
    case 'memorability':
      return en ? `${value.toFixed(2)}× newcomers` : `처음 온 사람의 ${value.toFixed(2)}배`;
    case 'satisfaction':
      return en ? `${value.toFixed(2)} / 5` : `5점 중 ${value.toFixed(2)}점`;
  }
}
