import { Hono } from 'hono';
import { findService, searchServices } from '../catalog.ts';
import { pageContext, type SiteState } from '../site-state.ts';
import { renderCategoryPage } from '../templates/category-page.ts';
import { renderHomePage } from '../templates/home-page.ts';
import { renderNotFoundPage } from '../templates/not-found-page.ts';
import { renderSearchPage } from '../templates/search-page.ts';
import { renderServicePage } from '../templates/service-page.ts';

/**
 * The portal's information pages: home, categories, service pages, search.
 *
 * @example
 * app.route('/', createPageRoutes(state));
 */
export function createPageRoutes(state: SiteState): Hono {
  const app = new Hono();
  app.get('/', (c) => c.html(renderHomePage(pageContext(state, c.req.path)).value));
  app.get('/category/:slug', (c) => {
    const ctx = pageContext(state, c.req.path);
    const section = ctx.menu.find((s) => s.slug === c.req.param('slug'));
    return section ? c.html(renderCategoryPage(ctx, section).value) : c.html(renderNotFoundPage(ctx).value, 404);
  });
  app.get('/services/:slug', (c) => {
    const ctx = pageContext(state, c.req.path);
    const service = findService(c.req.param('slug'));
    return service ? c.html(renderServicePage(ctx, service).value) : c.html(renderNotFoundPage(ctx).value, 404);
  });
  app.get('/search', (c) => {
    const query = (c.req.query('q') ?? '').trim().slice(0, 100);
    return c.html(renderSearchPage(pageContext(state, c.req.path), query, searchServices(query)).value);
  });
  return app;
}
