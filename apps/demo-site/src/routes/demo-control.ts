import { Hono } from 'hono';
import { parseFixUpdate } from '../fix-state.ts';
import { DEMO_PROBLEMS } from '../problems.ts';
import type { SiteState } from '../site-state.ts';

/**
 * The demo's control endpoints: `GET /__demo/fixes`, `POST /__demo/fixes` with
 * `{ "<problem id>": boolean, … }`, and `GET /__demo/problems` (the problems and whether each is fixed).
 *
 * @example
 * await app.request('/__demo/fixes', { method: 'POST', body: JSON.stringify({ 'phone-hyphen': true }) });
 */
export function createDemoControlRoutes(state: SiteState): Hono {
  const app = new Hono();
  app.get('/__demo/fixes', (c) => c.json(state.fixes.get()));
  app.post('/__demo/fixes', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: { code: 'invalid_json', message: 'The body must be JSON.' } }, 400); // the parse error itself is not useful to the caller
    }
    try {
      return c.json(state.fixes.update(parseFixUpdate(body)));
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : 'invalid_fix_update';
      const message = error instanceof Error ? error.message : 'invalid update';
      return c.json({ error: { code, message } }, 400);
    }
  });
  app.get('/__demo/problems', (c) => {
    const fixes = state.fixes.get();
    return c.json(DEMO_PROBLEMS.map((p) => ({ ...p, fixed: fixes[p.id] })));
  });
  return app;
}
