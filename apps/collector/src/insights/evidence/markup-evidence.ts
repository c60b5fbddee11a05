import type { Insight, Localized } from '@minwon-ux/api-contract';
import type { Described } from './described.ts';
import { errorKindWords } from './field-evidence.ts';
import { both, count, fact, num, percent, textFact } from './words.ts';

const LABEL_SOURCES: Record<string, Localized> = {
  for: { ko: '라벨이 항목과 연결됨 (label for)', en: 'a label tied to the field (label for)' },
  wrap: { ko: '항목을 감싼 라벨', en: 'a wrapping label or legend' },
  labelledby: { ko: 'aria-labelledby로 연결된 제목', en: 'a heading tied with aria-labelledby' },
  aria: { ko: 'aria-label', en: 'aria-label' },
  title: { ko: 'title 속성뿐', en: 'only a title attribute' },
  visual: { ko: '눈으로만 보이는 글자 (연결 안 됨)', en: 'text only the eye ties to the field' },
  placeholder: { ko: '안내 문구(placeholder)뿐', en: 'only a placeholder' },
  none: { ko: '라벨 없음', en: 'no label' },
};

interface TopMessage {
  kind: string;
  message: string;
  errors: number;
}

/**
 * Markup findings (page chrome combined with behaviour): the harm measured on the field, what its
 * markup says, and mobile against desktop where the keypad is the question.
 */
export function describeMarkupFinding(insight: Insight): Described {
  const m = insight.evidence.metrics;
  const touched = num(m, 'fieldSessions');
  const harmed = num(m, 'harmedSessions');
  const measured = num(m, 'measuredHarm') > 0;
  const facts = [
    measured
      ? fact(
          'harmedSessions',
          harmed,
          'sessions',
          { ko: '이 결함으로 어려움을 겪은 세션', en: 'Sessions harmed' },
          {
            ko: `이 항목을 입력한 ${count(touched)}개 세션 중 ${percent(harmed / Math.max(1, touched))}`,
            en: `${percent(harmed / Math.max(1, touched))} of the ${count(touched)} sessions that touched the field`,
          },
        )
      : textFact(
          'measuredHarm',
          '0',
          { ko: '측정된 피해', en: 'Measured harm' },
          { ko: '아직 없음', en: 'none yet' },
          {
            ko: `표시 결함만 있어 가중치 1/10로 순위를 매겼습니다 (입력한 세션 ${count(touched)}개)`,
            en: `a markup defect only, ranked at a tenth of the weight (${count(touched)} sessions touched the field)`,
          },
        ),
  ];
  const source = String(m.labelSource ?? '');
  if (source)
    facts.push(textFact('labelSource', source, { ko: '라벨', en: 'Label' }, LABEL_SOURCES[source] ?? both(source)));
  if (m.fieldType)
    facts.push(
      textFact('fieldType', String(m.fieldType), { ko: '입력 유형', en: 'Input type' }, both(`type=${m.fieldType}`)),
    );
  if (m.inputMode)
    facts.push(
      textFact('inputMode', String(m.inputMode), { ko: '키패드', en: 'Keypad' }, both(`inputmode=${m.inputMode}`)),
    );
  if (m.autocomplete)
    facts.push(
      textFact(
        'autocomplete',
        String(m.autocomplete),
        { ko: '자동 완성', en: 'Autocomplete' },
        both(`autocomplete=${m.autocomplete}`),
      ),
    );
  const top = ((insight.evidence.details as { topMessages?: TopMessage[] } | undefined)?.topMessages ?? []).filter(
    (t) => t.errors > 0,
  );
  if ('mobileErrorRate' in m) {
    return {
      facts,
      comparison: {
        title: { ko: '오류를 겪은 세션 비율: 모바일과 데스크톱', en: 'Sessions with an error: mobile and desktop' },
        unit: 'share',
        bars: [
          { label: { ko: '모바일', en: 'Mobile' }, value: num(m, 'mobileErrorRate'), highlight: true },
          { label: { ko: '데스크톱', en: 'Desktop' }, value: num(m, 'desktopErrorRate') },
        ],
      },
    };
  }
  if (top.length >= 2) {
    return {
      facts,
      comparison: {
        title: { ko: '시민이 본 오류 메시지 (횟수)', en: 'Error messages citizens saw (times shown)' },
        unit: 'count',
        bars: top.map((t, i) => ({
          label: both(t.message || errorKindWords(t.kind).ko),
          value: t.errors,
          highlight: i === 0,
        })),
      },
    };
  }
  if (!measured) {
    return {
      facts,
      comparison: {
        title: { ko: '이 결함을 만난 세션과 측정된 피해', en: 'Sessions that met the defect, and the harm measured' },
        unit: 'sessions',
        bars: [
          { label: { ko: '이 항목을 입력함', en: 'Touched the field' }, value: touched, highlight: true },
          { label: { ko: '측정된 피해', en: 'Harm measured' }, value: 0 },
        ],
      },
    };
  }
  return {
    facts,
    comparison: {
      title: {
        ko: '이 항목을 입력한 세션: 어려움을 겪은 세션과 나머지',
        en: 'Sessions on the field: harmed and the rest',
      },
      unit: 'sessions',
      bars: [
        { label: { ko: '어려움을 겪음', en: 'Harmed' }, value: harmed, highlight: true },
        { label: { ko: '나머지', en: 'The rest' }, value: Math.max(0, touched - harmed) },
      ],
    },
  };
}
