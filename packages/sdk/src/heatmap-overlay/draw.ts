import type { HeatmapResponse } from '@minwon-ux/api-contract';
import type { OverlayMessages } from './messages.ts';

const Z = 2147483646;

function box(css: string, attrs: Record<string, string> = {}): HTMLElement {
  const el = document.createElement('div');
  el.style.cssText = css;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

/** The overlay's own root: ignored by capture, invisible to clicks except its panel. */
function overlayRoot(kind: string): HTMLElement {
  return box(
    `position:absolute;left:0;top:0;width:100%;height:0;pointer-events:none;z-index:${Z};font:12px/1.35 system-ui,sans-serif;color:#111`,
    { 'data-minwon-overlay': kind, 'data-ux-ignore': '' },
  );
}

function panel(root: HTMLElement, lines: string[], text: OverlayMessages): HTMLElement {
  const p = box(
    'position:fixed;right:12px;top:12px;max-width:320px;padding:10px 12px;background:#fff;border:2px solid #0b50d0;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.25);pointer-events:auto',
    { role: 'status' },
  );
  for (const [i, line] of lines.entries()) {
    const row = document.createElement(i ? 'p' : 'strong');
    row.textContent = line;
    row.style.cssText = 'display:block;margin:0 0 4px';
    p.append(row);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = text.close;
  close.onclick = () => root.remove();
  p.append(close);
  root.append(p);
  return p;
}

/**
 * The refusal notice (expired or invalid link, network failure) as an overlay root carrying the
 * error code in `data-code`.
 *
 * @example
 * document.body.append(drawRefusal('token_expired', overlayMessages()));
 */
export function drawRefusal(code: string, text: OverlayMessages): HTMLElement {
  const root = overlayRoot('refused');
  root.setAttribute('data-code', code);
  panel(root, [text.title, text.refused(code)], text);
  return root;
}

/**
 * The click and scroll map over the live page: each clicked element found on the page gets a box
 * shaded by its share of the most clicked element's clicks, a badge with clicks and its rage and dead
 * clicks, and dots where inside it people clicked; dashed lines mark each 10 % of page depth with the
 * share of page views that reached it. Boxes carry `data-minwon-key` and `data-clicks`.
 *
 * @example
 * document.body.append(drawOverlay(map, findElements(), overlayMessages()));
 */
export function drawOverlay(map: HeatmapResponse, elements: Map<string, Element>, text: OverlayMessages): HTMLElement {
  const root = overlayRoot('map');
  const most = Math.max(1, ...map.elements.map((e) => e.clicks + e.rage + e.dead));
  let found = 0;
  for (const item of map.elements) {
    const el = elements.get(item.key);
    const r = el?.getBoundingClientRect();
    if (!r || (r.width === 0 && r.height === 0)) continue;
    found++;
    const alpha = (0.12 + 0.45 * ((item.clicks + item.rage + item.dead) / most)).toFixed(2);
    const frame = box(
      `position:absolute;left:${r.left + scrollX}px;top:${r.top + scrollY}px;width:${r.width}px;height:${r.height}px;background:rgba(255,90,0,${alpha});outline:2px solid ${item.rage ? '#d00' : item.dead ? '#555' : '#f60'};box-sizing:border-box`,
      { 'data-minwon-key': item.key, 'data-clicks': String(item.clicks) },
    );
    const most_spot = Math.max(1, ...item.spots.map((s) => s.n));
    for (const s of item.spots) {
      const size = 6 + 12 * Math.sqrt(s.n / most_spot);
      frame.append(
        box(
          `position:absolute;left:calc(${s.x * 100}% - ${size / 2}px);top:calc(${s.y * 100}% - ${size / 2}px);width:${size}px;height:${size}px;border-radius:50%;background:rgba(220,0,0,.55)`,
          { 'data-spot': String(s.n) },
        ),
      );
    }
    const badge = box(
      'position:absolute;left:0;top:-18px;padding:1px 5px;border-radius:4px;background:#111;color:#fff;white-space:nowrap',
    );
    badge.textContent = [
      `${text.clicks} ${item.clicks}`,
      item.rage ? `${text.rage} ${item.rage}` : '',
      item.dead ? `${text.dead} ${item.dead}` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    if (item.rage || item.dead) badge.style.background = item.rage ? '#b00' : '#555';
    frame.append(badge);
    root.append(frame);
  }
  const height = Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);
  for (const { depthPct, share } of map.scroll) {
    if (depthPct === 0 || depthPct === 100) continue;
    const line = box(
      `position:absolute;left:0;width:100%;top:${(depthPct / 100) * height}px;border-top:2px dashed rgba(11,80,208,.8)`,
      { 'data-depth': String(depthPct), 'data-share': share.toFixed(3) },
    );
    const label = box(
      'position:absolute;right:8px;top:0;padding:1px 5px;background:#0b50d0;color:#fff;border-radius:0 0 4px 4px',
    );
    label.textContent = `${depthPct}% · ${text.reach(share)}`;
    line.append(label);
    root.append(line);
  }
  root.setAttribute('data-found', String(found));
  panel(root, [text.title, map.path, text.summary(found, map.elements.length)], text);
  return root;
}
