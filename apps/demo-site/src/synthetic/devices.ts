import type { Random } from '@minwon-ux/testkit/random';
import type { Device } from '../personas.ts';

const USER_AGENTS: Readonly<Record<Device, readonly string[]>> = {
  desktop: [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  ],
  mobile: [
    'Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-A546N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  ],
  tablet: [
    'Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-X710N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  ],
};

const VIEWPORTS: Readonly<Record<Device, readonly number[]>> = {
  desktop: [1280, 1366, 1440, 1536, 1920],
  mobile: [360, 375, 390, 393, 412, 430],
  tablet: [768, 810, 820, 1024],
};

/** A simulated visitor's device: what the collector sees (user agent) and what the SDK reports (viewport). */
export interface DeviceProfile {
  device: Device;
  userAgent: string;
  viewportWidth: number;
}

/**
 * Picks a user agent and viewport for a device class.
 *
 * @example
 * pickDevice(createRandom(1), 'mobile').viewportWidth; // e.g. 390
 */
export function pickDevice(random: Random, device: Device): DeviceProfile {
  return { device, userAgent: random.pick(USER_AGENTS[device]), viewportWidth: random.pick(VIEWPORTS[device]) };
}
