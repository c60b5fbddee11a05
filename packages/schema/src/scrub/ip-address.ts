import { SCRUB_TAGS } from './tags.ts';

// Four dotted octets 0–255, not part of a longer dotted or digit run (so `1.2.3.4.5` and section
// numbers with five parts survive). A four-part version number looks the same and is removed too:
// for government data we would rather lose a version number than keep an address.
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\d.])${OCTET}(?:\\.${OCTET}){3}(?![\\d]|\\.\\d)`, 'g');
// IPv6: eight hex groups, or a `::` with at least three groups around it; times (`14:30`) and a
// lone `0000::` survive.
const IPV6_FULL = /(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}(?![\w:])/g;
const IPV6_SHORT = /(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?(?![\w:])/g;

function isShortIpv6(match: string): boolean {
  return /\d/.test(match) && match.split(':').filter(Boolean).length >= 3;
}

/**
 * Replaces IPv4 and IPv6 addresses with `[IP]`: DESIGN.md stores no IP addresses, in any column.
 *
 * @example
 * scrubIpAddresses('접속 IP 203.0.113.9 차단'); // '접속 IP [IP] 차단'
 */
export function scrubIpAddresses(text: string): string {
  return text
    .replace(IPV4, SCRUB_TAGS.ip)
    .replace(IPV6_FULL, SCRUB_TAGS.ip)
    .replace(IPV6_SHORT, (match) => (isShortIpv6(match) ? SCRUB_TAGS.ip : match));
}
