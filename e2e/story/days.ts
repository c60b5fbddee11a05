const DAY = 86_400_000;

/** `YYYY-MM-DD` (UTC) of a time. */
export const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** Midnight UTC of the day `t` falls on. */
export const startOfUtcDay = (t: number): number => Date.parse(`${isoDay(t)}T00:00:00Z`);

/** The UTC day `offset` days from the day of `t`. */
export const utcDayOffset = (t: number, offset: number): string => isoDay(startOfUtcDay(t) + offset * DAY);
