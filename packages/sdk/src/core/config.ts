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
  /** URL of the replay chunk; default `{endpoint}/sdk-replay.js`. */
  replayUrl?: string;
  /** URL of the extension chunk (click capture, replay loader, …); default `{endpoint}/sdk-ext.js`. */
  extUrl?: string;
  /** The script tag's `data-*` attributes, read by extensions (`data-heatmap`, `data-survey`, …). */
  data?: Record<string, string | undefined>;
}

export type Config = Required<SdkOptions>;

/**
 * Applies every default in one place and throws {@link SdkError} on misuse.
 *
 * @example
 * resolveConfig({ site: 'demo', endpoint: 'https://ux.example.go.kr' }).flushMs; // 5000
 */
export function resolveConfig(options: SdkOptions): Config {
  const { site, endpoint, replay = 0, spa = 'auto', respectDnt = false, flushMs = 5000 } = options;
  const fail = (code: 'missing_site' | 'bad_endpoint' | 'bad_option', what: string): never => {
    throw new SdkError(code, `minwon-ux: ${what}`);
  };
  if (!site || typeof site !== 'string' || site.length > 64) fail('missing_site', 'data-site (site key) is required');
  const root = /^https?:\/\/[^/?#]+[^?#]*/.exec(endpoint)?.[0]?.replace(/\/+$/, '');
  if (!root) return fail('bad_endpoint', `bad endpoint ${endpoint}`);
  if (!(replay >= 0 && replay <= 1)) fail('bad_option', 'replay: 0..1');
  if (!['auto', 'history', 'hash', 'off'].includes(spa)) fail('bad_option', `bad spa ${spa}`);
  return {
    site,
    endpoint: root,
    replay,
    spa,
    respectDnt,
    flushMs,
    replayUrl: options.replayUrl ?? `${root}/sdk-replay.js`,
    extUrl: options.extUrl ?? `${root}/sdk-ext.js`,
    data: options.data ?? {},
  };
}
