import type { MinwonUx } from './core/api.ts';
import { facade } from './core/api.ts';
import type { SpaMode } from './core/config.ts';
import { init } from './init.ts';

declare global {
  interface Window {
    minwonUx?: MinwonUx;
  }
}

/**
 * The script-tag build: `<script src="https://COLLECTOR/sdk.js" data-site="KEY" defer></script>`.
 * Reads `data-site`, `data-endpoint` (default: the script's origin), `data-replay`, `data-spa`,
 * `data-respect-dnt`; exposes `window.minwonUx`. Misuse is reported once with console.warn.
 */
function boot(): void {
  const script = (document.currentScript ?? document.querySelector('script[data-site]')) as HTMLScriptElement | null;
  const data = script?.dataset ?? {};
  try {
    const src = script?.src ? new URL(script.src) : undefined;
    const replay = data.replay ? Number(data.replay) : 0;
    window.minwonUx = init({
      site: data.site ?? '',
      endpoint: data.endpoint || src?.origin || '',
      replay,
      spa: (data.spa || 'auto') as SpaMode,
      respectDnt: data.respectDnt !== undefined && data.respectDnt !== 'false',
      replayUrl: src && new URL('sdk-replay.js', src).href,
      extUrl: src && new URL('sdk-ext.js', src).href,
      data,
    });
  } catch (error) {
    window.minwonUx ??= facade(() => undefined);
    console.warn(error instanceof Error ? error.message : error);
  }
}

boot();
