import { describe, expect, it } from 'vitest';
import { startStaticServer } from './static-server.ts';

describe('startStaticServer', () => {
  it('serves the pages and handlers it is given on a loopback origin, 404 for the rest', async () => {
    const site = await startStaticServer({
      '/': '<h1>민원</h1>',
      '/api': (_req, res) => res.writeHead(204).end(),
    });
    try {
      expect(site.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const home = await fetch(`${site.origin}/?q=1`);
      expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await home.text()).toBe('<h1>민원</h1>');
      expect((await fetch(`${site.origin}/api`)).status).toBe(204);
      expect((await fetch(`${site.origin}/missing`)).status).toBe(404);
    } finally {
      await site.close();
    }
  });
});
