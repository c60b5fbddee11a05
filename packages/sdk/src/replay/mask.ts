/** Every text and input value is replaced by this fixed-length mask: lengths leak nothing either. */
export const MASK = '▇▇▇';

/** Text masking for rrweb: whitespace-only nodes keep their layout role, everything else is `MASK`. */
export const maskText = (text: string): string => (text.trim() ? MASK : text);

/** Input masking for rrweb: always `MASK`, whatever was typed. */
export const maskInput = (): string => MASK;
