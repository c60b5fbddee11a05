import type { ErrorKind } from '@minwon-ux/schema';

/** Custom event properties: short strings, numbers or booleans (at most 32). */
export type Props = Record<string, string | number | boolean>;

/**
 * The public API, `window.minwonUx` in the script-tag build, returned by `init` in the ESM build.
 * No method ever throws.
 *
 * @example
 * minwonUx.track('download_form', { format: 'hwp' });
 * minwonUx.reportError('phone', '휴대전화 번호를 확인하세요');
 */
export interface MinwonUx {
  /** A custom event. */
  track(name: string, props?: Props): void;
  /** An input error your own validation shows (source `api`); field by element or id. */
  reportError(fieldOrId: Element | string, message?: string, kind?: ErrorKind): void;
  /** The form was completed (receipt shown); the form defaults to the last one submitted. */
  markSuccess(formId?: string): void;
  /** Sends queued events now. */
  flush(): void;
  /** Stops capture for this visitor on this site, remembered across visits. */
  optOut(): void;
  /** Resumes capture after `optOut`. */
  optIn(): void;
}

const METHODS = ['track', 'reportError', 'markSuccess', 'flush', 'optOut', 'optIn'] as const;

/**
 * The public object: every method forwards to whatever `current()` returns (nothing yet while a
 * prerendered page waits for activation, nothing at all when Do-Not-Track is honoured) and never
 * throws into the site's code.
 */
export function facade(current: () => Partial<MinwonUx> | undefined): MinwonUx {
  const api = {} as Record<string, unknown>;
  for (const name of METHODS) {
    api[name] = (...args: unknown[]) => {
      try {
        (current()?.[name] as ((...a: unknown[]) => void) | undefined)?.(...args);
      } catch {
        // the API never throws into the site's code
      }
    };
  }
  return api as unknown as MinwonUx;
}
