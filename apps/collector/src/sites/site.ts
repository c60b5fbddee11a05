import { z } from 'zod';

/** A registered complaint site, as `MINWON_SITES`, the CLI and the dashboard describe it. */
export const siteInputSchema = z.strictObject({
  key: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only'),
  name: z.string().min(1).max(200),
  agency: z.string().max(64).default(''),
  origins: z.array(z.string().url().max(300)).max(50),
  retentionDays: z.number().int().min(1).max(3650).default(365),
  allowedParams: z.array(z.string().min(1).max(64)).max(32).default([]),
});

export type SiteInput = z.input<typeof siteInputSchema>;
export type Site = z.output<typeof siteInputSchema>;

/** Normalizes an origin (`https://a.go.kr/` → `https://a.go.kr`) so comparisons are exact. */
export function normalizeOrigin(origin: string): string {
  return new URL(origin).origin;
}
