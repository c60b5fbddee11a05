/** DESIGN.md: ≥3 clicks, each within 1 s and 30 px of the previous one. */
export const RAGE = { minClicks: 3, maxGapMs: 1000, maxDistancePx: 30 } as const;

/**
 * Pure rage-click detector. `click` returns the burst's size once it reaches 3 and again for every
 * further click of the same burst (the caller reports when the burst ends), else 0.
 *
 * @example
 * const rage = createRageDetector();
 * rage.click(0, 10, 10); rage.click(300, 12, 11); rage.click(600, 11, 10); // 3
 */
export function createRageDetector({ maxGapMs, maxDistancePx, minClicks } = RAGE) {
  let last: { t: number; x: number; y: number } | undefined;
  let count = 0;
  return {
    click(t: number, x: number, y: number): number {
      const near = last && t - last.t <= maxGapMs && Math.hypot(x - last.x, y - last.y) <= maxDistancePx;
      count = near ? count + 1 : 1;
      last = { t, x, y };
      return count >= minClicks ? count : 0;
    },
  };
}
