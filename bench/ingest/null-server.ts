import { serve } from '@hono/node-server';
import { WIRE_LIMITS } from '@minwon-ux/schema';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * Baseline (a): the same Hono stack as the collector (node-server, body limit on /v1/*) answering
 * 204 after reading the body. `node --import tsx bench/ingest/null-server.ts <port>`
 */
const app = new Hono();
app.use('/v1/*', bodyLimit({ maxSize: WIRE_LIMITS.maxBodyBytes }));
app.post('/v1/events', async (c) => {
  await c.req.text();
  return c.body(null, 204);
});
app.get('/readyz', (c) => c.json({ status: 'ready' }));
serve({ fetch: app.fetch, port: Number(process.argv[2]), hostname: '127.0.0.1' });
