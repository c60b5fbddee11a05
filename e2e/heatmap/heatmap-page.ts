/**
 * The click-map test page: known elements at known places on a 3,000 px page — an id'd button, a
 * button named by its text, a non-actionable card (dead clicks), a `data-ux-key` link, a button
 * inside `data-ux-mask` and one inside `data-ux-ignore`, a labelled text box, and a button near the bottom.
 *
 * @example
 * const site = await startStaticServer({ '/heatmap.html': heatmapPage(collector.url, 'test-site') });
 */
export function heatmapPage(collector: string, site: string): string {
  return `<!doctype html>
<html lang="ko">
<head>
  <meta charset="utf-8">
  <title>민원 신청 안내</title>
  <script src="${collector}/sdk.js" data-site="${site}" defer></script>
</head>
<body style="margin:0;font:16px sans-serif">
  <main id="content" style="position:relative;height:3000px">
    <button type="button" id="apply" style="position:absolute;left:100px;top:100px;width:200px;height:50px">신청하기</button>
    <button type="button" class="search" style="position:absolute;left:100px;top:200px;width:100px;height:40px"><span>검색</span></button>
    <div class="card" style="position:absolute;left:400px;top:100px;width:200px;height:100px;background:#eef;cursor:pointer">수수료 안내 (눌러도 아무 일 없음)</div>
    <a data-ux-key="guide" href="#guide" style="position:absolute;left:100px;top:300px">이용 안내</a>
    <div data-ux-mask style="position:absolute;left:400px;top:300px"><button type="button">홍길동 님 정보</button></div>
    <div data-ux-ignore style="position:absolute;left:400px;top:400px"><button type="button" id="secret">비공개</button></div>
    <label for="q" style="position:absolute;left:100px;top:500px">검색어</label>
    <input id="q" name="q" style="position:absolute;left:180px;top:500px;width:200px;height:30px">
    <button type="button" id="bottom" style="position:absolute;left:100px;top:2700px;width:200px;height:50px">맨 아래 제출</button>
  </main>
  <script>
    for (const b of document.querySelectorAll('button')) b.addEventListener('click', () => { b.classList.toggle('pressed'); });
  </script>
</body>
</html>
`;
}
