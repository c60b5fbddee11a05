/** Codes for misuse found by `init`. */
export const SDK_ERROR_CODES = ['missing_site', 'bad_endpoint', 'bad_option', 'already_started'] as const;
export type SdkErrorCode = (typeof SDK_ERROR_CODES)[number];

/**
 * The one error type of the SDK: thrown by `init` on misuse, never by capture or `track`.
 *
 * @example
 * try { init({ site: '' }); } catch (e) { if (e instanceof SdkError) console.warn(e.code); }
 */
export class SdkError extends Error {
  declare readonly code: SdkErrorCode;
  constructor(code: SdkErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SdkError';
    this.code = code;
  }
}
