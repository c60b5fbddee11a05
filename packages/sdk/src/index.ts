/**
 * @minwon-ux/sdk for bundlers: the same capture as the script tag, started with `init`.
 *
 * @example
 * import { init } from '@minwon-ux/sdk';
 * init({ site: 'gov24-demo', endpoint: 'https://ux.example.go.kr' });
 */
export type { MinwonUx, Props } from './core/api.ts';
export type { SdkOptions, SpaMode } from './core/config.ts';
export { SdkError, type SdkErrorCode } from './core/sdk-error.ts';
export { init } from './init.ts';
