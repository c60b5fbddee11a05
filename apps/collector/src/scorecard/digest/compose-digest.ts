import { type DigestLang, SCORECARD_CRITERIA, type ScorecardPeriod } from '@minwon-ux/api-contract';

/** One site's lines in a digest: the month and the month before. */
export interface DigestSite {
  key: string;
  name: string;
  month: ScorecardPeriod;
  previous: ScorecardPeriod | undefined;
  changes: { at: string; title: string }[];
}

/** The digest's words in each language (the dashboard's criterion and band names). */
const WORDS = {
  ko: {
    band: { excellent: '우수', fair: '보통', poor: '미흡' },
    criterion: {
      efficiency: '효율성',
      errorPrevention: '오류 방지',
      learnability: '학습용이성',
      memorability: '기억용이성',
      satisfaction: '만족도',
    },
    title: (month: string) => `${month} UX 평가표 요약`,
    subject: (month: string, n: number) => `[minwon-ux] ${month} UX 평가표 요약 (${n}개 사이트)`,
    points: (score: number, band: string) => `${score}점 ${band}`,
    unscored: (sessions: number) => `평가 제외 (세션 ${sessions})`,
    delta: (d: string) => ` (전월 대비 ${d})`,
    change: '개선 작업',
    view: '평가표 보기',
    footer: '점수는 0–100점(우수 80점 이상, 미흡 60점 미만)입니다. 구독은 대시보드의 UX 평가표에서 끌 수 있습니다.',
  },
  en: {
    band: { excellent: 'excellent', fair: 'fair', poor: 'poor' },
    criterion: {
      efficiency: 'Efficiency',
      errorPrevention: 'Error prevention',
      learnability: 'Learnability',
      memorability: 'Memorability',
      satisfaction: 'Satisfaction',
    },
    title: (month: string) => `UX scorecard summary, ${month}`,
    subject: (month: string, n: number) =>
      `[minwon-ux] UX scorecard summary, ${month} (${n} site${n === 1 ? '' : 's'})`,
    points: (score: number, band: string) => `${score} points, ${band}`,
    unscored: (sessions: number) => `not scored (${sessions} sessions)`,
    delta: (d: string) => ` (${d} on the month before)`,
    change: 'Change',
    view: 'Open the scorecard',
    footer: 'Scores are 0–100 (excellent from 80, poor below 60). Unsubscribe in the dashboard’s UX scorecard.',
  },
} as const satisfies Record<DigestLang, unknown>;

/**
 * The monthly digest mail (plain text and HTML, in Korean or English): per site the month's score and
 * band, the change against the month before, each criterion's score, the changes recorded in the
 * month, and a link to the dashboard's scorecard.
 *
 * @example
 * const { subject, text, html } = composeDigest('2026-11', sites, 'https://ux.example.go.kr', 'en');
 */
export function composeDigest(
  month: string,
  sites: readonly DigestSite[],
  dashboardUrl: string,
  lang: DigestLang = 'ko',
) {
  const w = WORDS[lang];
  const lines: string[] = [w.title(month), ''];
  const blocks: string[] = [];
  for (const s of sites) {
    const score = scoreLine(s.month, lang);
    const delta =
      s.month.score !== null && s.previous?.score != null ? w.delta(signed(s.month.score - s.previous.score)) : '';
    const criteria = SCORECARD_CRITERIA.map((c) => `${w.criterion[c]} ${s.month.criteria[c].score ?? '—'}`).join(' · ');
    const link = `${dashboardUrl}/#/scorecard?site=${encodeURIComponent(s.key)}&from=${s.month.from}&to=${s.month.to}`;
    lines.push(`■ ${s.name}: ${score}${delta}`, `  ${criteria}`);
    for (const c of s.changes) lines.push(`  ${w.change} ${c.at}: ${c.title}`);
    lines.push(`  ${link}`, '');
    blocks.push(
      `<h2 style="font-size:16px;margin:16px 0 4px">${escapeHtml(s.name)}: ${escapeHtml(score)}${escapeHtml(delta)}</h2>` +
        `<p style="margin:0 0 4px">${escapeHtml(criteria)}</p>` +
        s.changes
          .map((c) => `<p style="margin:0">${w.change} ${escapeHtml(c.at)}: ${escapeHtml(c.title)}</p>`)
          .join('') +
        `<p style="margin:4px 0 0"><a href="${escapeHtml(link)}">${w.view}</a></p>`,
    );
  }
  lines.push(w.footer);
  const html =
    `<!doctype html><html lang="${lang}"><body style="font-family:sans-serif">` +
    `<h1 style="font-size:20px">${escapeHtml(w.title(month))}</h1>${blocks.join('')}` +
    `<p style="color:#555;font-size:12px">${escapeHtml(w.footer)}</p></body></html>`;
  return { subject: w.subject(month, sites.length), text: lines.join('\n'), html };
}

function scoreLine(p: ScorecardPeriod, lang: DigestLang): string {
  const w = WORDS[lang];
  if (p.score === null || p.band === null) return w.unscored(p.sessions);
  return w.points(p.score, w.band[p.band]);
}

function signed(x: number): string {
  const r = Math.round(x * 10) / 10;
  return r >= 0 ? `+${r}` : String(r);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
