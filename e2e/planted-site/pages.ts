/**
 * A complaint site we did not design for the SDK (issue 14, part 7): eGovFrame/JSP-style ids
 * (`j_idt45`, `txtAplcntNm`), KRDS classes, no `data-ux-*` hints, one script tag. Planted problems:
 * the move-in service hidden under an unexpected menu (행정서비스 › 기타 행정정보, not 민원안내 › 주민등록),
 * an over-strict date field (only YYYY-MM-DD, typed as free text, its error shown only by KRDS
 * classes and not tied to the field, its title a visual-only label), and a second step where visitors
 * give up. The control: 전입 사유, a plain labelled select every visitor fills at once.
 */

const MENU = `
<nav class="krds-main-menu" aria-label="주 메뉴">
  <ul class="gnb-menu">
    <li>
      <button type="button" class="gnb-main-trigger" aria-expanded="false">민원안내</button>
      <div class="gnb-toggle-wrap" hidden>
        <ul>
          <li>
            <button type="button" class="gnb-sub-trigger" aria-expanded="false">주민등록</button>
            <ul class="gnb-sub-list" hidden>
              <li><a id="m-reissue" href="/svc/reissue">주민등록증 재발급</a></li>
              <li><a id="m-copy" href="/svc/copy">등·초본 발급</a></li>
            </ul>
          </li>
          <li>
            <button type="button" class="gnb-sub-trigger" aria-expanded="false">자동차</button>
            <ul class="gnb-sub-list" hidden><li><a id="m-car" href="/svc/car">자동차 등록</a></li></ul>
          </li>
        </ul>
      </div>
    </li>
    <li>
      <button type="button" class="gnb-main-trigger" aria-expanded="false">행정서비스</button>
      <div class="gnb-toggle-wrap" hidden>
        <ul>
          <li>
            <button type="button" class="gnb-sub-trigger" aria-expanded="false">기타 행정정보</button>
            <ul class="gnb-sub-list" hidden>
              <li><a id="m-move-in" href="/apply/step1">전입신고 신청</a></li>
              <li><a id="m-seal" href="/svc/seal">인감 증명</a></li>
            </ul>
          </li>
        </ul>
      </div>
    </li>
  </ul>
</nav>
<script>
  // KRDS ui-script behaviour: a trigger toggles aria-expanded and shows the list after it
  document.querySelectorAll('.gnb-main-trigger,.gnb-sub-trigger').forEach((b) => b.addEventListener('click', () => {
    const open = b.getAttribute('aria-expanded') !== 'true';
    b.setAttribute('aria-expanded', String(open));
    b.nextElementSibling.hidden = !open;
  }));
</script>`;

const STEPS = (active: number) => `
<ol class="krds-step-wrap">
  ${['신청인 정보', '세대 정보']
    .map(
      (title, i) =>
        `<li class="${i + 1 === active ? 'active' : i + 1 < active ? 'done' : ''}"><span><i class="step">${i + 1}단계</i><span class="step-tit">${title}</span></span></li>`,
    )
    .join('')}
</ol>`;

function layout(sdk: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>${title} | 행복시 민원포털</title>
<script src="${sdk}/sdk.js" data-site="planted" defer></script></head>
<body>
<header><h1 class="logo"><a href="/">행복시 민원포털</a></h1>${MENU}</header>
<main id="contents">${body}</main>
<footer><a id="home" href="/">처음으로</a></footer>
</body></html>`;
}

const VALIDATE = `
<script>
  function setError(input, message) {
    const group = input.closest('.form-group');
    group.querySelector('.form-conts').classList.toggle('is-error', !!message);
    let hint = group.querySelector('.form-hint-invalid');
    if (message && !hint) {
      hint = document.createElement('p');
      hint.className = 'form-hint-invalid';
      group.append(hint);
    }
    if (hint) {
      if (message) hint.textContent = message;
      else hint.remove();
    }
    return !message;
  }
</script>`;

/** The pages of the planted site by path, for a collector at `sdk` (its origin). */
export function plantedPages(sdk: string): Record<string, string> {
  const page = (title: string, body: string) => layout(sdk, title, body);
  const info = (title: string) => page(title, `<h2 class="h-tit">${title}</h2><p>준비 중인 서비스입니다.</p>`);
  return {
    '/': page('홈', '<h2 class="h-tit">자주 찾는 민원</h2><p>주민등록, 자동차, 인감 민원을 온라인으로 신청하세요.</p>'),
    '/svc/reissue': info('주민등록증 재발급'),
    '/svc/copy': info('등·초본 발급'),
    '/svc/car': info('자동차 등록'),
    '/svc/seal': info('인감 증명'),
    '/apply/step1': page(
      '전입신고',
      `<h2 class="h-tit">전입신고</h2>${STEPS(1)}
<form id="j_idt45" name="j_idt45" action="/apply/step2" method="post" novalidate>
  <input type="hidden" name="javax.faces.ViewState" value="-1234567890:987654321">
  <div class="form-group">
    <div class="form-tit"><label for="txtAplcntNm">신청인 성명</label> <span class="required-mark" aria-hidden="true">*</span></div>
    <div class="form-conts"><input type="text" id="txtAplcntNm" name="txtAplcntNm" class="krds-input" autocomplete="name" required></div>
  </div>
  <div class="form-group">
    <div class="form-tit"><span>전입 예정일</span> <span class="required-mark" aria-hidden="true">*</span></div>
    <div class="form-conts"><input type="text" id="j_idt52" name="j_idt52" class="krds-input"></div>
  </div>
  <div class="form-group">
    <div class="form-tit"><label for="txtRsn">전입 사유</label></div>
    <div class="form-conts"><select id="txtRsn" name="txtRsn" class="krds-form-select">
      <option value="">선택하세요</option><option value="job">직장</option><option value="family">가족</option><option value="house">주택</option>
    </select></div>
  </div>
  <button type="submit" class="krds-btn primary">다음</button>
</form>${VALIDATE}
<script>
  document.getElementById('j_idt45').addEventListener('submit', (e) => {
    const name = document.getElementById('txtAplcntNm');
    const date = document.getElementById('j_idt52');
    const ok = [
      setError(name, name.value ? '' : '신청인 성명을 입력해 주세요.'),
      setError(date, /^\\d{4}-\\d{2}-\\d{2}$/.test(date.value) ? '' : '전입 예정일 형식이 올바르지 않습니다.'),
    ].every(Boolean);
    if (!ok) e.preventDefault();
  });
</script>`,
    ),
    '/apply/step2': page(
      '전입신고',
      `<h2 class="h-tit">전입신고</h2>${STEPS(2)}
<form id="j_idt45" name="j_idt45" action="/apply/done" method="post" novalidate>
  <div class="form-group">
    <div class="form-tit"><label for="txtHshldrNm">세대주 성명</label> <span class="required-mark" aria-hidden="true">*</span></div>
    <div class="form-conts"><input type="text" id="txtHshldrNm" name="txtHshldrNm" class="krds-input" required></div>
    <p class="form-hint">세대주와의 관계 증명서류 사본을 다음 화면에서 첨부해야 합니다.</p>
  </div>
  <div class="form-group">
    <div class="form-tit"><label for="txtMbtlnum">휴대전화번호</label> <span class="required-mark" aria-hidden="true">*</span></div>
    <div class="form-conts"><input type="text" id="txtMbtlnum" name="txtMbtlnum" class="krds-input" required></div>
  </div>
  <button type="submit" class="krds-btn primary">신청</button>
</form>${VALIDATE}
<script>
  document.getElementById('j_idt45').addEventListener('submit', (e) => {
    const name = document.getElementById('txtHshldrNm');
    const phone = document.getElementById('txtMbtlnum');
    const ok = [
      setError(name, name.value ? '' : '세대주 성명을 입력해 주세요.'),
      setError(phone, /^01\\d-?\\d{3,4}-?\\d{4}$/.test(phone.value) ? '' : '휴대전화번호를 확인해 주세요.'),
    ].every(Boolean);
    if (!ok) e.preventDefault();
  });
</script>`,
    ),
    '/apply/done': page(
      '전입신고 완료',
      `<h2 class="h-tit">전입신고가 접수되었습니다</h2><p>처리 결과는 문자로 알려 드립니다.</p>
<script>addEventListener('load', () => window.minwonUx && window.minwonUx.markSuccess());</script>`,
    ),
  };
}
