const FULL_WIDTH = /[\uff10-\uff19\uff0d]/g;

/**
 * Maps full-width digits and the full-width hyphen (`０１０－１２３４`) to ASCII so the detectors see
 * them. Each maps to one UTF-16 unit, so nothing else in the text moves.
 *
 * @example
 * normalizeDigits('０１０－１２３４－５６７８'); // '010-1234-5678'
 */
export function normalizeDigits(text: string): string {
  return text.replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}
