import { serve } from '@hono/node-server';
import { Hono } from 'hono';

/**
 * Baseline (a): the same Hono stack as the collector (node-server; no body-limit middleware, as the
 * collector enforces sizes where it reads the body) answering 204 after reading the body the way the
 * collector reads one with a Content-Length. `node --import tsx bench/ingest/null-server.ts <port>`
 */
const app = new Hono();
app.post('/v1/events', async (c) => {
  await c.req.arrayBuffer();
  return c.body(null, 204);
});
app.get('/readyz', (c) => c.json({ status: 'ready' }));
serve({ fetch: app.fetch, port: Number(process.argv[2]), hostname: '127.0.0.1' });
