import type { Device as SchemaDevice } from '@minwon-ux/schema';
/** Device classes the simulators use: the collector's (it derives them from the user agent). */
export type Device = SchemaDevice;

/** How a persona types a date when nothing says how. */
export type DateStyle = 'compact' | 'dash' | 'dot';

/** What a persona tends to do; both simulators read the same traits. */
export interface Persona {
  id: PersonaId;
  /** Korean name shown in docs and CLI output. */
  name: string;
  description: string;
  /** Default share of sessions. */
  weight: number;
  devices: Readonly<Record<Device, number>>;
  /** Probability of starting with the site search instead of the menu. */
  searchFirst: number;
  /** Probability of recognising 전입신고 behind the label "주민등록 사항 변동 신고" when they see it. */
  spotsHiddenLabel: number;
  /** Probability of clicking a plausible but wrong menu item while hunting. */
  wrongClick: number;
  /** Probability of typing the phone number with hyphens. */
  phoneHyphen: number;
  dateStyle: Readonly<Record<DateStyle, number>>;
  /** Probability of leaving at the 첨부 step, unfixed and fixed. */
  attachAbandon: { problem: number; fixed: number };
  /** Probability of giving up after each error message. */
  giveUpPerError: number;
  /** Multiplier on reading and typing times (1 = typical adult). */
  pace: number;
  /** False for people who only look at information pages. */
  applies: boolean;
}

export const PERSONA_IDS = ['elder', 'office-worker', 'careful', 'attach-staller', 'browser'] as const;
export type PersonaId = (typeof PERSONA_IDS)[number];

/**
 * The personas, with their default shares (sum 1).
 *
 * @example
 * PERSONAS['elder'].name; // '어르신(메뉴 탐색)'
 */
export const PERSONAS: Readonly<Record<PersonaId, Persona>> = {
  elder: {
    id: 'elder',
    name: '어르신(메뉴 탐색)',
    description: 'Hunts through the menus for 전입신고, clicks wrong items and comes back, types dates with dots.',
    weight: 0.22,
    devices: { desktop: 0.75, mobile: 0.2, tablet: 0.05 },
    searchFirst: 0.05,
    spotsHiddenLabel: 0.25,
    wrongClick: 0.6,
    phoneHyphen: 0.35,
    dateStyle: { compact: 0.2, dash: 0.3, dot: 0.5 },
    attachAbandon: { problem: 0.3, fixed: 0.06 },
    giveUpPerError: 0.12,
    pace: 1.8,
    applies: true,
  },
  'office-worker': {
    id: 'office-worker',
    name: '직장인(빠른 입력)',
    description: 'On a phone between meetings; types 010-1234-5678 and 2026-11-03 with hyphens, often searches first.',
    weight: 0.3,
    devices: { desktop: 0.35, mobile: 0.62, tablet: 0.03 },
    searchFirst: 0.45,
    spotsHiddenLabel: 0.5,
    wrongClick: 0.35,
    phoneHyphen: 0.8,
    dateStyle: { compact: 0.35, dash: 0.45, dot: 0.2 },
    attachAbandon: { problem: 0.18, fixed: 0.03 },
    giveUpPerError: 0.06,
    pace: 0.7,
    applies: true,
  },
  careful: {
    id: 'careful',
    name: '꼼꼼한 신청인',
    description: 'Reads every page, rarely errs, completes the application.',
    weight: 0.18,
    devices: { desktop: 0.6, mobile: 0.35, tablet: 0.05 },
    searchFirst: 0.3,
    spotsHiddenLabel: 0.6,
    wrongClick: 0.2,
    phoneHyphen: 0.15,
    dateStyle: { compact: 0.7, dash: 0.2, dot: 0.1 },
    attachAbandon: { problem: 0.08, fixed: 0.01 },
    giveUpPerError: 0.02,
    pace: 1.2,
    applies: true,
  },
  'attach-staller': {
    id: 'attach-staller',
    name: '첨부 단계 이탈자',
    description: 'Gets to the 첨부 step, does not know which document is meant, clicks the instruction, leaves.',
    weight: 0.15,
    devices: { desktop: 0.5, mobile: 0.45, tablet: 0.05 },
    searchFirst: 0.3,
    spotsHiddenLabel: 0.45,
    wrongClick: 0.3,
    phoneHyphen: 0.5,
    dateStyle: { compact: 0.4, dash: 0.35, dot: 0.25 },
    attachAbandon: { problem: 0.75, fixed: 0.12 },
    giveUpPerError: 0.05,
    pace: 1,
    applies: true,
  },
  browser: {
    id: 'browser',
    name: '정보 탐색',
    description: 'Looks at categories and service pages (certificates, pensions) without applying.',
    weight: 0.15,
    devices: { desktop: 0.55, mobile: 0.4, tablet: 0.05 },
    searchFirst: 0.25,
    spotsHiddenLabel: 0.5,
    wrongClick: 0.1,
    phoneHyphen: 0.5,
    dateStyle: { compact: 0.4, dash: 0.4, dot: 0.2 },
    attachAbandon: { problem: 0, fixed: 0 },
    giveUpPerError: 0,
    pace: 1,
    applies: false,
  },
};

/**
 * Persona shares: the defaults, with some overridden (then normalised by the random source).
 *
 * @example
 * personaWeights({ elder: 0.5 }).elder; // 0.5
 */
export function personaWeights(overrides: Partial<Record<PersonaId, number>> = {}): Record<PersonaId, number> {
  const weights = Object.fromEntries(PERSONA_IDS.map((id) => [id, PERSONAS[id].weight])) as Record<PersonaId, number>;
  return { ...weights, ...overrides };
}
