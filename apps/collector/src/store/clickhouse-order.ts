/** ClickHouse's String order (bytes), which the queries' ORDER BY uses. */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** ClickHouse's Array(String) order: element by element, a prefix first. */
export function compareStringArrays(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareBytes(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}
