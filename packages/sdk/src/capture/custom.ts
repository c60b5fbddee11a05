import type { Props } from '../core/api.ts';
import type { Ctx } from '../core/context.ts';
import { clip, MAX_PROP_KEY, MAX_PROPS } from '../core/limits.ts';

/** `custom` events from `track(name, props)`, props clipped to the wire limits. */
export function trackCustom(ctx: Ctx, name: string, props?: Props): void {
  const key = clip(String(name), MAX_PROP_KEY);
  if (!key) return;
  const clean: Props = {};
  for (const [k, v] of Object.entries(props ?? {}).slice(0, MAX_PROPS)) {
    if (typeof v !== 'string' && typeof v !== 'boolean' && !Number.isFinite(v)) continue;
    clean[clip(k, MAX_PROP_KEY)] = typeof v === 'string' ? clip(v) : v;
  }
  ctx.emit_({ kind: 'custom', name: key, props: Object.keys(clean).length ? clean : undefined });
}
