import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BEHAVIOUR_INSIGHT_KINDS, EVENT_KIND_LABELS, type Insight, type JourneyEntry } from '@minwon-ux/api-contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEntryPage } from './entry-page.ts';

// Every insight kind's evidence rendered in real Chromium from what the API serves (fixtures/
// evidence-insights.json: one insight per kind from the seeded problem site, page chrome included,
// through the collector's describeInsight), in both languages: facts in words, a comparison chart with marks, never raw keys.

const insights = JSON.parse(
  readFileSync(fileURLToPath(new URL('./fixtures/evidence-insights.json', import.meta.url)), 'utf8'),
) as Insight[];
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openEntryPage(new URL('./evidence-entry.ts', import.meta.url), 'ko'));
});
afterAll(() => browser?.close());

interface Rendered {
  text: string;
  cardText: string;
  bars: number[];
  highlighted: number;
  facts: number;
}

function render(insight: Insight, lang: 'ko' | 'en'): Promise<Rendered> {
  return page.evaluate(
    ({ insight, lang }) => {
      // biome-ignore lint/suspicious/noExplicitAny: the bundle's window API
      const ev = (window as any).evidence;
      ev.setLang(lang);
      document.body.replaceChildren(ev.insightCard(insight, '#'), ev.evidencePanel(insight, lang));
      const rects = [...document.querySelectorAll('.evidence svg rect')];
      return {
        // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered (line breaks between blocks), as a reader sees it
        text: document.body.innerText,
        cardText: document.querySelector('li.insight')!.textContent ?? '',
        bars: rects.map((r) => Number(r.getAttribute('width'))),
        highlighted: rects.filter((r) => r.getAttribute('fill') === '#c55a00').length,
        facts: document.querySelectorAll('.evidence dd').length,
      };
    },
    { insight, lang },
  );
}

const RAW = [
  'hesitationMedianMs',
  'focusRatio',
  'topKind',
  'pattern_mismatch',
  'error_prone_field',
  'slow_field',
  'menuSessions',
  'NaN',
  'undefined',
];

describe('insight evidence in Chromium', () => {
  it('the fixture holds one insight of each kind the seeded site shows, the nine behaviour kinds among them', () => {
    const kinds = new Set(insights.map((i) => i.kind));
    expect(kinds.size).toBe(insights.length);
    for (const kind of BEHAVIOUR_INSIGHT_KINDS) expect(kinds.has(kind), kind).toBe(true);
  });

  it.each(insights.flatMap((i) => (['ko', 'en'] as const).map((lang) => [i.kind, lang, i] as const)))(
    '%s (%s): facts in words, a comparison with marks, the severity formula',
    async (_kind, lang, insight) => {
      const r = await render(insight, lang);
      expect(r.facts).toBe(insight.evidence.facts!.length);
      expect(r.bars.length).toBeGreaterThanOrEqual(2);
      expect(r.bars.some((w) => w > 0)).toBe(true);
      expect(r.highlighted).toBeGreaterThan(0);
      for (const raw of RAW) expect(r.text).not.toContain(raw);
      expect(r.cardText).not.toMatch(/·\s*[a-z_]+$/);
      expect(r.text).toContain(lang === 'ko' ? '심각도' : 'Severity');
      expect(r.text).toContain(insight.evidence.facts![0]!.label[lang]);
    },
  );

  it('slow field reads as a designer would: seconds, the form’s median and the multiple', async () => {
    const slow = insights.find((i) => i.kind === 'slow_field')!;
    expect((await render(slow, 'ko')).text).toMatch(
      /입력을 시작하기까지 \(중앙값\)\s*\d+\.\d초 — 이 서식 항목들의 중앙값 \d+\.\d초의 \d+(\.\d)?배/,
    );
    expect((await render(slow, 'en')).text).toMatch(
      /Time before typing \(median\)\s*\d+\.\d s — \d+(\.\d)?× the \d+\.\d s median/,
    );
  });
});

describe('the overview’s daily chart in Chromium', () => {
  it('names kinds in the reader’s language, one colour each, rare kinds grouped as other', async () => {
    const kinds = Object.keys(EVENT_KIND_LABELS);
    const rows = kinds.map((kind, i) => ({ day: '2026-11-02', kind, events: 1000 - i * 10 }));
    const legend = await page.evaluate(
      ({ rows, labels }) => {
        // biome-ignore lint/suspicious/noExplicitAny: the bundle's window API
        const ev = (window as any).evidence;
        const svg: SVGSVGElement = ev.renderEventsPerDay(rows, {
          title: '일별 이벤트 수',
          days: ['2026-11-02'],
          labelOf: (k: string) => labels[k]?.ko ?? k,
          otherLabel: '기타',
        });
        document.body.replaceChildren(svg);
        const entries = [...svg.querySelectorAll('g.legend > g')];
        return entries.map((g) => ({ name: g.textContent, fill: g.querySelector('rect')?.getAttribute('fill') }));
      },
      { rows, labels: EVENT_KIND_LABELS },
    );
    expect(legend.length).toBe(11);
    expect(legend[0]!.name).toBe('페이지 열람');
    expect(legend.at(-1)!.name).toBe('기타');
    expect(new Set(legend.map((l) => l.fill)).size).toBe(11);
    for (const l of legend) expect(l.name).not.toContain('_');
  });
});

describe('journey wording', () => {
  it('says what happened in both languages', async () => {
    const entries: JourneyEntry[] = [
      {
        kind: 'field',
        atMs: 0,
        path: '/a',
        label: '',
        field: { id: 'phone', label: '휴대전화' },
        durationMs: 9000,
        hesitationMs: 4000,
      },
      {
        kind: 'error',
        atMs: 1,
        path: '/a',
        label: '',
        field: { id: 'phone', label: '휴대전화' },
        message: '숫자만 입력하세요',
        attempt: 2,
      },
      { kind: 'form_submit', atMs: 2, path: '/a', label: '', form: { id: 'f', label: '전입신고' }, blocked: true },
    ];
    const said = await page.evaluate(
      ({ entries }) => {
        // biome-ignore lint/suspicious/noExplicitAny: the bundle's window API
        const ev = (window as any).evidence;
        return (['ko', 'en'] as const).map((lang) => {
          ev.setLang(lang);
          return entries.map((e: unknown) => ev.describeEntry(e, lang));
        });
      },
      { entries },
    );
    expect(said[0]).toEqual([
      { text: '항목 입력: 휴대전화 (phone)', detail: '머문 시간 9.0초, 입력 시작까지 4.0초' },
      { text: '입력 오류 (2번째 시도): 휴대전화 (phone)', detail: '“숫자만 입력하세요”' },
      { text: '제출: 전입신고', detail: '입력 검사에서 막힘' },
    ]);
    expect(said[1]![0]).toEqual({
      text: 'Filled in: 휴대전화 (phone)',
      detail: 'in the field 9.0 s, before typing 4.0 s',
    });
  });
});
