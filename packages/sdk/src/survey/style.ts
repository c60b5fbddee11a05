/**
 * KRDS-like styling (primary #256ef4, gray scale, 8 px radius, Pretendard GOV first), scoped to
 * `.mux-sv`. Fixed to the bottom corner: the page never shifts. Visible focus rings; respects
 * reduced motion (no animation at all).
 */
export const SURVEY_CSS = `
.mux-sv{position:fixed;right:16px;bottom:16px;z-index:2147483000;box-sizing:border-box;width:min(360px,calc(100vw - 32px));
padding:20px;background:#fff;color:#1e2124;border:1px solid #cdd1d5;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.16);
font:15px/1.5 "Pretendard GOV",Pretendard,"Noto Sans KR",system-ui,sans-serif}
.mux-sv *{box-sizing:border-box}
.mux-sv fieldset{margin:0;padding:0;border:0}
.mux-sv legend{padding:0 32px 4px 0;font-size:17px;font-weight:700}
.mux-sv p{margin:0 0 12px;color:#464c53;font-size:13px}
.mux-sv-opts{display:flex;gap:4px}
.mux-sv-opts label{flex:1;display:flex;flex-direction:column;align-items:center;gap:2px;padding:8px 2px;border:1px solid #cdd1d5;
border-radius:6px;cursor:pointer;text-align:center;font-size:12px;color:#464c53}
.mux-sv-opts label b{font-size:17px;color:#1e2124}
.mux-sv-opts input{position:absolute;opacity:0;width:1px;height:1px}
.mux-sv-opts label:has(input:checked){border-color:#256ef4;background:#ecf2fe;color:#0b50d0}
.mux-sv-opts label:has(input:focus-visible){outline:2px solid #256ef4;outline-offset:2px}
.mux-sv-send{margin-top:12px;width:100%;min-height:44px;border:0;border-radius:6px;background:#256ef4;color:#fff;font:inherit;font-weight:700;cursor:pointer}
.mux-sv-send:disabled{background:#cdd1d5;color:#6d7882;cursor:not-allowed}
.mux-sv-x{position:absolute;top:8px;right:8px;width:44px;height:44px;border:0;background:none;color:#464c53;font-size:22px;cursor:pointer}
.mux-sv button:focus-visible{outline:2px solid #256ef4;outline-offset:2px}
.mux-sv-done{margin:0;font-weight:700}
`;
