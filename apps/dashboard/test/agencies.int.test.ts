import { fileURLToPath } from 'node:url';
import type { BenchmarkFieldsResponse, BenchmarkRow } from '@minwon-ux/api-contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEntryPage } from './entry-page.ts';

// The compare-agencies view's pure parts in real Chromium: the strips chart (snapshot), the CSV any
// dashboard table downloads, and which of our fields the best agency has no such errors on.
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openEntryPage(new URL('./agencies-entry.ts', import.meta.url), 'ko'));
});
afterAll(() => browser?.close());

type Agencies = {
  renderBenchmarkStrips: (rows: BenchmarkRow[], o: unknown) => SVGSVGElement;
  dataTable: (caption: string, rows: unknown[], columns: unknown[]) => HTMLElement;
  tableToCsv: (table: HTMLTableElement) => string;
  fieldGaps: (f: BenchmarkFieldsResponse) => { fieldId: string; own: number; peer: number }[];
};

const row = (
  agency: string,
  own: boolean,
  completionRate: number,
  medianCompletionSeconds: number | null,
): BenchmarkRow => ({
  agency,
  pseudonym: own ? null : agency.slice(-1),
  own,
  sessions: 100,
  completionRate,
  errorRate: 1 - completionRate,
  abandonRate: 0.1,
  medianCompletionSeconds,
  score: null,
});

describe('compare with other agencies (Chromium)', () => {
  it('draws each peer as a dot, ours as a diamond, and the peers’ median per figure', async () => {
    const rows = [
      row('가나시청', true, 0.6, 120),
      row('기관 A', false, 0.9, 60),
      row('기관 B', false, 0.7, null),
      row('기관 C', false, 0.8, 90),
    ];
    const svg = await page.evaluate((rows) => {
      const { renderBenchmarkStrips } = (window as unknown as { agencies: Agencies }).agencies;
      const pct = (v: number) => `${Math.round(v * 100)}%`;
      return renderBenchmarkStrips(rows, {
        id: 'bm',
        title: '전입신고: 우리 기관과 다른 기관',
        metrics: [
          { label: '완료율', value: (r: BenchmarkRow) => r.completionRate, format: pct },
          { label: '완료 시간', value: (r: BenchmarkRow) => r.medianCompletionSeconds, format: (v: number) => `${v}s` },
        ],
        ownLabel: '우리 기관',
        peersLabel: '다른 기관',
        medianLabel: '중앙값',
      }).outerHTML;
    }, rows);
    const strips = svg.split('class="legend"')[0]!.split('class="strip"').slice(1);
    expect(strips).toHaveLength(2);
    expect(strips[0]!.match(/<circle/g)).toHaveLength(3);
    expect(strips[1]!.match(/<circle/g)).toHaveLength(2); // B has no median time
    expect(svg).toContain('<title>중앙값: 80%</title>');
    expect(svg).toContain('우리 기관 60%');
    await expect(svg).toMatchFileSnapshot(
      fileURLToPath(new URL('./__snapshots__/benchmark-strips.svg', import.meta.url)),
    );
  });

  it('exports a dashboard table as shown: BOM, header, quoted cells, no formulas', async () => {
    const csv = await page.evaluate(() => {
      const { dataTable, tableToCsv } = (window as unknown as { agencies: Agencies }).agencies;
      const wrap = dataTable(
        '오류가 많은 항목',
        [
          { f: '연락처, 휴대전화', r: '42%' },
          { f: '=cmd', r: '-3' },
        ],
        [
          { label: '항목', value: (x: { f: string }) => x.f },
          { label: '오류율', value: (x: { r: string }) => x.r, numeric: true },
        ],
      );
      document.body.append(wrap);
      const button = wrap.querySelector('button.table-csv');
      return { csv: tableToCsv(wrap.querySelector('table')!), button: button?.getAttribute('aria-label') };
    });
    expect(csv.csv).toBe('\uFEFF항목,오류율\r\n"연락처, 휴대전화",42%\r\n\'=cmd,-3\r\n');
    expect(csv.button).toMatch(/: 오류가 많은 항목$/);
  });

  it('names our fields with clearly more errors than at the best agency', async () => {
    const fields: BenchmarkFieldsResponse = {
      service: 'MOIS-0001',
      minSessions: 10,
      labels: { phone: '휴대전화 번호' },
      own: {
        sessions: 40,
        fields: [
          { fieldId: 'phone', errorRate: 0.2 },
          { fieldId: 'name', errorRate: 0.06 },
          { fieldId: 'addr', errorRate: 0.04 },
        ],
      },
      peers: null,
      best: {
        agency: '기관 Q',
        pseudonym: 'Q',
        completionRate: 0.9,
        medianCompletionSeconds: 60,
        fields: [{ fieldId: 'name', errorRate: 0.05 }],
      },
    };
    const gaps = await page.evaluate(
      (f) => (window as unknown as { agencies: Agencies }).agencies.fieldGaps(f),
      fields,
    );
    expect(gaps).toEqual([{ fieldId: 'phone', own: 0.2, peer: 0 }]);
  });
});
