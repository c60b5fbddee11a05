/**
 * A minimal rrweb recording (meta + full snapshot of a small page + one mouse move) stored as one
 * replay chunk, so the player has something real to play.
 */
export function replayFixture(site: string, sessionId: string) {
  const t0 = Date.UTC(2026, 10, 2, 9, 0, 0);
  const text = (id: number, textContent: string) => ({ type: 3, textContent, id });
  const el = (id: number, tagName: string, childNodes: unknown[], attributes: Record<string, string> = {}) => ({
    type: 2,
    tagName,
    attributes,
    childNodes,
    id,
  });
  const events = [
    { type: 4, timestamp: t0, data: { href: 'https://demo.example.go.kr/apply/step1', width: 1024, height: 640 } },
    {
      type: 2,
      timestamp: t0 + 10,
      data: {
        node: {
          type: 0,
          id: 1,
          childNodes: [
            el(2, 'html', [
              el(3, 'head', []),
              el(4, 'body', [el(5, 'h1', [text(6, '*** ***')]), el(7, 'input', [], { type: 'tel' })]),
            ]),
          ],
        },
        initialOffset: { top: 0, left: 0 },
      },
    },
    { type: 3, timestamp: t0 + 1500, data: { source: 1, positions: [{ x: 100, y: 120, id: 7, timeOffset: 0 }] } },
  ];
  return {
    site_id: site,
    session_id: sessionId,
    chunk: 0,
    received_at: t0 + 2000,
    ts: t0,
    path: '/apply/step1',
    event_count: events.length,
    data: JSON.stringify(events),
  };
}
