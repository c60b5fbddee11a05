import { SCORECARD_CRITERIA, type ScorecardBand, type ScorecardPeriod } from '@minwon-ux/api-contract';

/** One site's lines in a digest: the month and the month before. */
export interface DigestSite {
  key: string;
  name: string;
  month: ScorecardPeriod;
  previous: ScorecardPeriod | undefined;
  changes: { at: string; title: string }[];
}

const BAND = { excellent: '우수', fair: '보통', poor: '미흡' } as const satisfies Record<ScorecardBand, string>;
const CRITERION = {
  efficiency: '효율성',
  errorPrevention: '오류 방지',
  learnability: '학습용이성',
  memorability: '기억용이성',
  satisfaction: '만족도',
} as const;

/**
 * The monthly digest mail (Korean, plain text and HTML): per site the month's score and band, the
 * change against the month before, each criterion's score, the changes recorded in the month, and a
 * link to the dashboard's scorecard.
 *
 * @example
 * const { subject, text, html } = composeDigest('2026-11', sites, 'https://ux.example.go.kr');
 */
export function composeDigest(month: string, sites: readonly DigestSite[], dashboardUrl: string) {
  const subject = `[minwon-ux] ${month} UX 평가표 요약 (${sites.length}개 사이트)`;
  const lines: string[] = [`${month} UX 평가표 요약`, ''];
  const blocks: string[] = [];
  for (const s of sites) {
    const score = scoreLine(s.month);
    const delta =
      s.month.score !== null && s.previous?.score != null
        ? ` (전월 대비 ${signed(s.month.score - s.previous.score)})`
        : '';
    const criteria = SCORECARD_CRITERIA.map((c) => `${CRITERION[c]} ${s.month.criteria[c].score ?? '—'}`).join(' · ');
    const link = `${dashboardUrl}/#/scorecard?site=${encodeURIComponent(s.key)}&from=${s.month.from}&to=${s.month.to}`;
    lines.push(`■ ${s.name}: ${score}${delta}`, `  ${criteria}`);
    for (const c of s.changes) lines.push(`  개선 작업 ${c.at}: ${c.title}`);
    lines.push(`  ${link}`, '');
    blocks.push(
      `<h2 style="font-size:16px;margin:16px 0 4px">${escapeHtml(s.name)}: ${escapeHtml(score)}${escapeHtml(delta)}</h2>` +
        `<p style="margin:0 0 4px">${escapeHtml(criteria)}</p>` +
        s.changes.map((c) => `<p style="margin:0">개선 작업 ${escapeHtml(c.at)}: ${escapeHtml(c.title)}</p>`).join('') +
        `<p style="margin:4px 0 0"><a href="${escapeHtml(link)}">평가표 보기</a></p>`,
    );
  }
  lines.push('점수는 0–100점(우수 80점 이상, 미흡 60점 미만)입니다. 구독은 대시보드의 UX 평가표에서 끌 수 있습니다.');
  const html =
    `<!doctype html><html lang="ko"><body style="font-family:sans-serif">` +
    `<h1 style="font-size:20px">${escapeHtml(month)} UX 평가표 요약</h1>${blocks.join('')}` +
    `<p style="color:#555;font-size:12px">점수는 0–100점(우수 80점 이상, 미흡 60점 미만)입니다. 구독은 대시보드의 UX 평가표에서 끌 수 있습니다.</p></body></html>`;
  return { subject, text: lines.join('\n'), html };
}

function scoreLine(p: ScorecardPeriod): string {
  if (p.score === null || p.band === null) return `평가 제외 (세션 ${p.sessions})`;
  return `${p.score}점 ${BAND[p.band]}`;
}

function signed(x: number): string {
  const r = Math.round(x * 10) / 10;
  return r >= 0 ? `+${r}` : String(r);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
