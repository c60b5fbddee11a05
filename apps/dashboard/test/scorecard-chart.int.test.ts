import { fileURLToPath } from 'node:url';
import type { ScorecardChange, ScorecardCriteria } from '@minwon-ux/api-contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEntryPage } from './entry-page.ts';

// The scorecard chart is a pure function of fixed data: rendered in real Chromium, checked for what
// it must show and against the committed SVG snapshot (update with `vitest run -u` after a deliberate change).
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openEntryPage(new URL('./scorecard-chart-entry.ts', import.meta.url), 'ko'));
});
afterAll(() => browser?.close());

const criteria = (e: number | null, p: number | null): ScorecardCriteria => ({
  efficiency: { value: null, score: e, samples: 10 },
  errorPrevention: { value: null, score: p, samples: 10 },
  learnability: { value: null, score: 70, samples: 10 },
  memorability: { value: null, score: null, samples: 0 },
  satisfaction: { value: null, score: 65, samples: 10 },
});
const periods = [
  { from: '2026-11-02', to: '2026-11-08', score: 58.2, criteria: criteria(80, 30) },
  { from: '2026-11-09', to: '2026-11-15', score: 66.4, criteria: criteria(82, 48) },
  { from: '2026-11-16', to: '2026-11-22', score: null, criteria: criteria(null, null) },
  { from: '2026-11-23', to: '2026-11-29', score: 71, criteria: criteria(85, 55) },
];
const changes: ScorecardChange[] = [{ id: 'c1', at: '2026-11-10', title: 'move-in/phone — 하이픈 허용' }];
const names = {
  total: '종합 점수',
  efficiency: '효율성',
  errorPrevention: '오류 방지',
  learnability: '학습용이성',
  memorability: '기억용이성',
  satisfaction: '만족도',
};

function render(data: unknown, marks: unknown): Promise<string> {
  return page.evaluate(
    ({ data, marks, names }) => {
      const fn = (window as unknown as { renderScorecardChart: (p: unknown, c: unknown, o: unknown) => SVGSVGElement })
        .renderScorecardChart;
      return fn(data, marks, { id: 's', title: '점수 추이', width: 640, names }).outerHTML;
    },
    { data, marks, names },
  );
}

describe('scorecard chart (Chromium)', () => {
  it('draws the total with a gap for the unscored period, the criteria, the bands and the change marker', async () => {
    const svg = await render(periods, changes);
    expect(svg).toBe(await render(periods, changes)); // pure: same data, same SVG
    // three scored periods → three large dots; the unscored one splits the line into two segments (M … M …)
    expect(svg.match(/<circle[^>]*r="4"/g)).toHaveLength(3);
    const total = /class="series series-total"><path d="([^"]+)"/.exec(svg)?.[1] ?? '';
    expect(total.match(/M/g)).toHaveLength(2);
    // memorability never measured: its path is empty
    expect(svg).toContain('class="series series-memorability"><path d=""');
    expect(svg).toContain('class="change-marker"');
    expect(svg).toContain('<title>2026-11-10 move-in/phone — 하이픈 허용</title>');
    for (const name of Object.values(names)) expect(svg).toContain(`>${name}</text>`);
    expect(svg).toContain('fill="#e6f4ea"'); // 우수 band
    expect(svg).toContain('fill="#fdecea"'); // 미흡 band
    await expect(svg).toMatchFileSnapshot(fileURLToPath(new URL('./__snapshots__/scorecard.svg', import.meta.url)));
  });
});
