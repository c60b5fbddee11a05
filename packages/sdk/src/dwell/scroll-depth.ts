/** How far down the page the viewport's bottom edge is, 0..100. */
export function scrollPercent(): number {
  const root = document.documentElement;
  const height = Math.max(root.scrollHeight, document.body?.scrollHeight ?? 0);
  if (height <= innerHeight) return 100;
  return Math.min(100, Math.max(0, Math.round(((scrollY + innerHeight) / height) * 100)));
}
