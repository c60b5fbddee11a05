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

/** The API when capture is off (Do-Not-Track honoured, or outside a browser). */
export const noopApi: MinwonUx = {
  track() {},
  reportError() {},
  markSuccess() {},
  flush() {},
  optOut() {},
  optIn() {},
};

/** Wraps every method so that nothing a caller passes can make it throw. */
export function safeApi(api: MinwonUx): MinwonUx {
  const safe = {} as Record<string, unknown>;
  for (const [name, fn] of Object.entries(api)) {
    safe[name] = (...args: unknown[]) => {
      try {
        (fn as (...a: unknown[]) => void)(...args);
      } catch {
        // the API never throws into the site's code
      }
    };
  }
  return safe as unknown as MinwonUx;
}
