/**
 * Just enough of SQL's lexical structure to transform DDL text: parentheses and top-level commas,
 * skipping quoted strings ('…', "…", `…`) so a `(` or `,` inside a literal never counts.
 */

/** The index just past the quoted string that starts at `start` (a quote character). */
function skipQuoted(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '\\') i += 2;
    else if (text[i] === quote) return i + 1;
    else i++;
  }
  return i;
}

/**
 * The index of the `)` closing the `(` at `open`, or -1 when it is never closed.
 *
 * @example
 * closingParen("f(a, ')', (b))", 1); // 13
 */
export function closingParen(text: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "'" || ch === '"' || ch === '`') {
      i = skipQuoted(text, i);
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
    i++;
  }
  return -1;
}

/**
 * Splits on commas outside parentheses and quotes, trimming each part.
 *
 * @example
 * splitTopLevel("ADD COLUMN a Map(String, UInt8), MODIFY SETTING x = 1"); // two parts
 */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "'" || ch === '"' || ch === '`') {
      i = skipQuoted(text, i);
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
    i++;
  }
  parts.push(text.slice(start).trim());
  return parts.filter(Boolean);
}

/** Replaces whole-word occurrences of a qualified table name `db.name`, outside quotes. */
export function replaceTableName(text: string, from: string, to: string): string {
  const pattern = new RegExp(`(?<![\\w.])${from.replaceAll('.', '\\.')}(?![\\w])`, 'g');
  let out = '';
  let i = 0;
  let chunkStart = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "'" || ch === '"' || ch === '`') {
      out += text.slice(chunkStart, i).replace(pattern, to);
      const end = skipQuoted(text, i);
      out += text.slice(i, end);
      i = end;
      chunkStart = i;
      continue;
    }
    i++;
  }
  return out + text.slice(chunkStart).replace(pattern, to);
}
