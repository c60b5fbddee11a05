import type { Props } from '../core/api.ts';
import type { Ctx } from '../core/context.ts';
import { clip, MAX_PROP_KEY, MAX_PROPS } from '../core/limits.ts';

/** `custom` events from `track(name, props)`, props clipped to the wire limits. */
export function trackCustom(ctx: Ctx, name: string, props?: Props): void {
  const key = clip(String(name), MAX_PROP_KEY);
  if (!key) return;
  const clean: Props = {};
  let n = 0;
  for (const [k, v] of Object.entries(props ?? {})) {
    if (n >= MAX_PROPS) break;
    const type = typeof v;
    if (type !== 'string' && type !== 'number' && type !== 'boolean') continue;
    if (type === 'number' && !Number.isFinite(v)) continue;
    clean[clip(k, MAX_PROP_KEY)] = type === 'string' ? clip(v as string) : v;
    n++;
  }
  ctx.emit_({ kind: 'custom', name: key, props: n ? clean : undefined });
}
