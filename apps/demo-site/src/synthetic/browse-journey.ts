import { MOVE_IN_PATH } from '../catalog.ts';
import { type Journey, PAGES, think } from './journey.ts';
import { clickLink, openGroup, openSection, searchAndOpen } from './navigate.ts';

/**
 * Someone reading about services without applying: a category, one to three service pages (by
 * menu, side navigation or search), sometimes back up through the breadcrumbs.
 *
 * @example
 * browseServices(j);
 */
export function browseServices(j: Journey): void {
  const { w, r } = j;
  w.visit(PAGES.home(), { scrollPct: 0 });
  think(j, 5000);
  const section = r.pick(j.menu);
  if (r.chance(j.persona.searchFirst)) {
    const group = r.pick(section.groups);
    const link = r.pick(group.links);
    searchAndOpen(j, link.href.replace('/services/', ''));
  } else if (!j.wideScreen || r.chance(0.5)) {
    w.visit(PAGES.category(section), { scrollPct: r.int(10, 50) });
    think(j, 6000);
  } else {
    openSection(j, section);
    think(j, 2000);
    const gi = r.int(0, section.groups.length - 1);
    openGroup(j, section, gi);
    think(j, 1500);
    const links = section.groups[gi]!.links.filter((l) => l.href !== MOVE_IN_PATH);
    if (links.length > 0) clickLink(j, section, gi, r.pick(links).href);
  }
  const more = r.int(0, 2);
  for (let i = 0; i < more; i++) {
    think(j, 12_000);
    const gi = r.int(0, section.groups.length - 1);
    const group = section.groups[gi]!;
    const link = r.pick(group.links);
    w.emit({
      kind: 'menu_click',
      label: link.label,
      trail: [group.label],
      depth: 2,
      target: link.href,
      menuId: 'side',
    });
    w.wait(r.int(60, 250));
    w.visit(PAGES.service(link.href.replace('/services/', '')), { scrollPct: r.int(20, 90) });
  }
  think(j, 15_000);
  if (r.chance(0.25)) {
    w.emit({
      kind: 'menu_click',
      label: section.label,
      trail: ['홈'],
      depth: 2,
      target: `/category/${section.slug}`,
      menuId: 'breadcrumb',
    });
    w.visit(PAGES.category(section), { scrollPct: r.int(10, 60) });
    think(j, 5000);
  }
  w.end({ scrollPct: r.int(30, 100) });
}
