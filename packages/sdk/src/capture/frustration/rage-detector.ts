/** DESIGN.md: ≥3 clicks, each within 1 s and 30 px of the previous one. */
export const RAGE_GAP_MS = 1000;

/**
 * Pure rage-click detector. `click` returns the burst's size once it reaches 3 and again for every
 * further click of the same burst (the caller reports when the burst ends), else 0.
 *
 * @example
 * const rage = createRageDetector();
 * rage(0, 10, 10); rage(300, 12, 11); rage(600, 11, 10); // 3
 */
export function createRageDetector(): (t: number, x: number, y: number) => number {
  let last = { t: Number.NEGATIVE_INFINITY, x: 0, y: 0 };
  let count = 0;
  return (t, x, y) => {
    count = t - last.t <= RAGE_GAP_MS && Math.hypot(x - last.x, y - last.y) <= 30 ? count + 1 : 1;
    last = { t, x, y };
    return count > 2 ? count : 0;
  };
}
