/** A user counts as active this long after their last input (DESIGN.md: engaged time). */
export const ACTIVE_WINDOW_MS = 30_000;

/**
 * Engaged, visible and total time of one page view, computed exactly from state changes: time is
 * engaged while the tab is visible AND focused AND the user was active within the last 30 s.
 * Each read returns the time since the previous read (or the start).
 * Pure: the clock is injected, so tests drive it with fixed times.
 *
 * @example
 * const clock = createEngagedClock(0, { visible: true, focused: true });
 * clock.activity_(1000); clock.read_(60_000).engagedMs; // 31_000 (until 30 s after the last input)
 */
export function createEngagedClock(start: number, state: { visible: boolean; focused: boolean }) {
  let { visible, focused } = state;
  let lastActive = start;
  let since = start;
  let read = start;
  let engaged = 0;
  let shown = 0;

  const advance = (now: number) => {
    if (now <= since) return;
    if (visible) {
      shown += now - since;
      if (focused) engaged += Math.max(0, Math.min(now, lastActive + ACTIVE_WINDOW_MS) - Math.max(since, lastActive));
    }
    since = now;
  };

  return {
    /** The user did something (key, pointer, scroll, touch). */
    activity_(now: number): void {
      advance(now);
      lastActive = now;
    },
    visibility_(now: number, isVisible: boolean): void {
      advance(now);
      visible = isVisible;
    },
    focus_(now: number, isFocused: boolean): void {
      advance(now);
      focused = isFocused;
      if (isFocused) lastActive = now;
    },
    read_(now: number): { engagedMs: number; visibleMs: number; totalMs: number } {
      advance(now);
      const times = { engagedMs: Math.round(engaged), visibleMs: Math.round(shown), totalMs: Math.max(0, now - read) };
      engaged = shown = 0;
      read = Math.max(read, now);
      return times;
    },
  };
}
export type EngagedClock = ReturnType<typeof createEngagedClock>;
