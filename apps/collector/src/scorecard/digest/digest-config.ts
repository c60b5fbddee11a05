import { ConfigError, type Env, readNumber } from '../../env/read-env.ts';

/** The monthly scorecard digest's settings. */
export interface DigestConfig {
  /** `SMTP_URL` (e.g. `smtp://user:pass@mail.example.go.kr:587`, `smtps://…`); without it no mail is sent. */
  smtpUrl: string | undefined;
  /** `MINWON_DIGEST_FROM` (`minwon-ux <noreply@minwon.local>`): the sender. */
  from: string;
  /** `MINWON_DIGEST_CHECK_MINUTES` (60): how often the collector checks whether a month's digest is due. */
  checkMs: number;
}

/**
 * Reads the digest settings; refuses an `SMTP_URL` that is not an smtp/smtps URL.
 *
 * @example
 * loadDigestConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' }).smtpUrl; // 'smtp://127.0.0.1:2525'
 */
export function loadDigestConfig(env: Env): DigestConfig {
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl) {
    let protocol = '';
    try {
      protocol = new URL(smtpUrl).protocol;
    } catch (cause) {
      throw new ConfigError('SMTP_URL must be a URL like smtp://host:587', { cause });
    }
    if (protocol !== 'smtp:' && protocol !== 'smtps:')
      throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  }
  return {
    smtpUrl,
    from: env.MINWON_DIGEST_FROM || 'minwon-ux <noreply@minwon.local>',
    checkMs: readNumber(env, 'MINWON_DIGEST_CHECK_MINUTES', 60, { min: 1 }) * 60_000,
  };
}
