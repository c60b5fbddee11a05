/** A session with a recorded (masked) replay. */
export interface ReplaySession {
  sessionId: string;
  startedAt: string;
  endedAt: string;
  chunks: number;
  events: number;
  firstPath: string;
}

/** `GET /api/sites/:site/replays` */
export interface ReplaySessionsResponse {
  sessions: ReplaySession[];
}

/** `GET /api/sites/:site/replays/:session`: the rrweb events, in order. */
export interface ReplayEventsResponse {
  sessionId: string;
  events: unknown[];
}
