const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * Equal windows around a change day: before = the `days` days up to the day before; after = the
 * change day and the `days − 1` days after it.
 *
 * @example
 * compareWindows('2026-11-15', 7); // { before: { from: '2026-11-08', to: '2026-11-14' }, after: { from: '2026-11-15', to: '2026-11-21' } }
 */
export function compareWindows(changedOn: string, days: number) {
  const t = Date.parse(`${changedOn}T00:00:00Z`);
  return {
    before: { from: iso(t - days * DAY), to: iso(t - DAY) },
    after: { from: changedOn, to: iso(t + (days - 1) * DAY) },
  };
}
