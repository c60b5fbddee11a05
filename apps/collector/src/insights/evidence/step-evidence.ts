import type { Insight } from '@minwon-ux/api-contract';
import type { Described } from './described.ts';
import { count, fact, num, percent } from './words.ts';

interface StepReach {
  step: number;
  label: string;
  reached: number;
}

/** Step drop-off: the sessions reaching each step and the success, this step's loss marked. */
export function describeStepDropOff(insight: Insight): Described {
  const m = insight.evidence.metrics;
  const details = insight.evidence.details as { steps?: StepReach[]; successes?: number } | undefined;
  const steps = details?.steps ?? [];
  const step = insight.target.step ?? 0;
  const reached = num(m, 'reached');
  const name = (s: StepReach) => ({
    ko: `${s.step}단계${s.label ? ` ${s.label}` : ''}`,
    en: `Step ${s.step}${s.label ? ` ${s.label}` : ''}`,
  });
  return {
    facts: [
      fact(
        'lost',
        insight.affectedSessions,
        'sessions',
        { ko: '이 단계에서 멈춘 세션', en: 'Sessions that stopped at this step' },
        {
          ko: `${step}단계에 온 ${count(reached)}개 세션 중 ${percent(insight.share)}가 다음 단계로도, 완료로도 가지 못함 (기준 30% 이상)`,
          en: `${percent(insight.share)} of the ${count(reached)} sessions that reached step ${step} went neither to a later step nor to completion (threshold 30%)`,
        },
      ),
      fact('reached', reached, 'sessions', { ko: '이 단계에 온 세션', en: 'Sessions that reached the step' }),
      fact('reachedNext', num(m, 'reachedNext'), 'sessions', {
        ko: m.nextStep === 'success' ? '완료한 세션' : '다음 단계에 온 세션',
        en: m.nextStep === 'success' ? 'Sessions that completed' : 'Sessions that reached the next step',
      }),
    ],
    comparison: {
      title: { ko: '단계별로 도달한 세션과 완료', en: 'Sessions reaching each step, and completing' },
      unit: 'sessions',
      bars: [
        ...(steps.length > 0 ? steps : [{ step, label: '', reached }]).map((s) => ({
          label: name(s),
          value: s.reached,
          highlight: s.step === step,
        })),
        { label: { ko: '완료', en: 'Completed' }, value: details?.successes ?? 0 },
      ],
    },
  };
}
