import { SdkError } from './sdk-error.ts';

/** How the SDK follows single-page-app navigation. `auto` handles history and `#/` hash routes. */
export type SpaMode = 'auto' | 'history' | 'hash' | 'off';

/** Options for {@link init}; the script tag fills them from its `data-*` attributes. */
export interface SdkOptions {
  /** The site key registered in the collector (`data-site`). */
  site: string;
  /** Collector origin (`data-endpoint`); events go to `{endpoint}/v1/events`. */
  endpoint: string;
  /** Share of sessions recorded for replay, 0..1 (`data-replay`). Default 0. */
  replay?: number;
  /** SPA navigation handling (`data-spa`). Default `auto`. */
  spa?: SpaMode;
  /** Honour Do-Not-Track and Global Privacy Control (`data-respect-dnt`). Default false. */
  respectDnt?: boolean;
  /** Milliseconds between batch sends while the page is open. Default 5000. */
  flushMs?: number;
  /** URL of the replay chunk; default `sdk-replay.js` beside the script. */
  replayUrl?: string;
}

export type Config = Required<SdkOptions>;

const SPA_MODES: readonly string[] = ['auto', 'history', 'hash', 'off'];

/**
 * Applies every default in one place and throws {@link SdkError} on misuse.
 *
 * @example
 * resolveConfig({ site: 'demo', endpoint: 'https://ux.example.go.kr' }).flushMs; // 5000
 */
export function resolveConfig(options: SdkOptions): Config {
  const { site, endpoint, replay = 0, spa = 'auto', respectDnt = false, flushMs = 5000 } = options;
  if (!site || typeof site !== 'string' || site.length > 64) {
    throw new SdkError('missing_site', 'minwon-ux: a site key is required (data-site="…")');
  }
  let base: URL;
  try {
    base = new URL(endpoint);
  } catch (cause) {
    throw new SdkError('bad_endpoint', `minwon-ux: endpoint "${endpoint}" is not a URL`, { cause });
  }
  if (!/^https?:$/.test(base.protocol)) throw new SdkError('bad_endpoint', 'minwon-ux: endpoint must be http(s)');
  if (!(replay >= 0 && replay <= 1)) throw new SdkError('bad_option', 'minwon-ux: replay must be between 0 and 1');
  if (!SPA_MODES.includes(spa)) throw new SdkError('bad_option', `minwon-ux: unknown spa mode "${spa}"`);
  const root = base.href.replace(/\/+$/, '');
  return {
    site,
    endpoint: root,
    replay,
    spa,
    respectDnt,
    flushMs,
    replayUrl: options.replayUrl ?? `${root}/sdk-replay.js`,
  };
}
