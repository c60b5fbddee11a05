import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The overlay tokens' signing secret: `MINWON_HEATMAP_SECRET` when set (every replica of a
 * collector fleet must share it), else a random one kept in `DATA_DIR/heatmap-secret` so links
 * survive a restart. Created with mode 0600.
 *
 * @example
 * const secret = heatmapSecret(process.env.MINWON_HEATMAP_SECRET, join(dataDir, 'heatmap-secret'));
 */
export function heatmapSecret(configured: string | undefined, file: string): string {
  if (configured) return configured;
  try {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 32) return stored;
  } catch {
    // no secret yet: made below
  }
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
