/** The overlay's words in the designer's language (Korean unless the browser prefers another). */
export interface OverlayMessages {
  title: string;
  clicks: string;
  rage: string;
  dead: string;
  reach: (share: number) => string;
  summary: (found: number, total: number) => string;
  refused: (code: string) => string;
  close: string;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

const KO: OverlayMessages = {
  title: 'minwon-ux 클릭·스크롤 지도',
  clicks: '클릭',
  rage: '반복 클릭',
  dead: '무반응 클릭',
  reach: (share) => `여기까지 본 페이지뷰 ${pct(share)}`,
  summary: (found, total) => `클릭된 요소 ${total}개 중 ${found}개를 이 화면에서 찾았습니다.`,
  refused: (code) =>
    code === 'token_expired'
      ? '링크가 만료되었습니다. 대시보드에서 다시 열어 주세요.'
      : '이 링크로는 지도를 볼 수 없습니다. 대시보드에서 다시 열어 주세요.',
  close: '닫기',
};

const EN: OverlayMessages = {
  title: 'minwon-ux click and scroll map',
  clicks: 'clicks',
  rage: 'rage clicks',
  dead: 'dead clicks',
  reach: (share) => `${pct(share)} of page views reach here`,
  summary: (found, total) => `${found} of ${total} clicked elements found on this screen.`,
  refused: (code) =>
    code === 'token_expired'
      ? 'This link has expired. Open it again from the dashboard.'
      : 'This link cannot show the map. Open it again from the dashboard.',
  close: 'Close',
};

/**
 * The messages for a language tag.
 *
 * @example
 * overlayMessages('en-US').clicks; // 'clicks'
 */
export function overlayMessages(lang: string = navigator.language): OverlayMessages {
  return /^en/i.test(lang) ? EN : KO;
}
