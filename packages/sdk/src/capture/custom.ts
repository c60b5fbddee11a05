import type { Props } from '../core/api.ts';
import type { Ctx } from '../core/context.ts';
import { clip, LIMITS } from '../core/limits.ts';

/** `custom` events from `track(name, props)`, props clipped to the wire limits. */
export function trackCustom(ctx: Ctx, name: string, props?: Props): void {
  const key = clip(String(name), LIMITS.maxPropKeyLength);
  if (!key) return;
  const clean: Props = {};
  let n = 0;
  for (const [k, v] of Object.entries(props ?? {})) {
    if (n >= LIMITS.maxProps) break;
    const type = typeof v;
    if (type !== 'string' && type !== 'number' && type !== 'boolean') continue;
    if (type === 'number' && !Number.isFinite(v)) continue;
    clean[clip(k, LIMITS.maxPropKeyLength)] = type === 'string' ? clip(v as string) : v;
    n++;
  }
  ctx.emit({ kind: 'custom', name: key, props: n ? clean : undefined });
}
