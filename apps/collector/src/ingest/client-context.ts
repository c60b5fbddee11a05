import { DEVICES, type Device } from '@minwon-ux/schema';
import Bowser from 'bowser';

/** What the collector derives from the request, never storing the raw user agent or IP. */
export interface ClientContext {
  device: Device | 'other';
  browser: string;
  os: string;
}

/** User agents repeat across requests: each distinct one is parsed once (bowser costs ~12 µs). */
const known = new Map<string, ClientContext>();
const KNOWN_MAX = 2_000;

/**
 * Reduces a user agent to device class, browser and OS names (bowser, MIT).
 *
 * @example
 * describeUserAgent('Mozilla/5.0 (iPhone; ...) Safari/604.1'); // { device: 'mobile', browser: 'Safari', os: 'iOS' }
 */
export function describeUserAgent(userAgent: string): ClientContext {
  const cached = known.get(userAgent);
  if (cached) return cached;
  if (known.size >= KNOWN_MAX) known.clear(); // memory stays bounded; the next requests refill it
  const context = parseUserAgent(userAgent);
  known.set(userAgent, context);
  return context;
}

function parseUserAgent(userAgent: string): ClientContext {
  if (!userAgent) return { device: 'other', browser: '', os: '' };
  const parsed = Bowser.parse(userAgent);
  const platform = parsed.platform.type;
  const device = DEVICES.find((d) => d === platform) ?? 'other';
  return { device, browser: parsed.browser.name ?? '', os: parsed.os.name ?? '' };
}
