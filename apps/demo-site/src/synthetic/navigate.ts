import { type MenuSection, MOVE_IN_PATH } from '../catalog.ts';
import { type Journey, PAGES, think } from './journey.ts';

const MAIN = 'main';
const SEARCH_FORM = 'site-search';

/** `menu_open` of a 1st-depth section. */
export function openSection(j: Journey, section: MenuSection): void {
  j.w.emit({ kind: 'menu_open', label: section.label, trail: [], depth: 1, menuId: MAIN });
}

/** `menu_open` of a 2nd-depth group (the first group of a section opens by itself). */
export function openGroup(j: Journey, section: MenuSection, groupIndex: number): void {
  const group = section.groups[groupIndex];
  if (!group || groupIndex === 0) return;
  j.w.emit({ kind: 'menu_open', label: group.label, trail: [section.label], depth: 2, menuId: MAIN });
}

/** `menu_click` on a 3rd-depth link, then the page it leads to. */
export function clickLink(j: Journey, section: MenuSection, groupIndex: number, href: string): void {
  const group = section.groups[groupIndex]!;
  const link = group.links.find((l) => l.href === href)!;
  j.w.emit({
    kind: 'menu_click',
    label: link.label,
    trail: [section.label, group.label],
    depth: 3,
    target: href,
    menuId: MAIN,
  });
  j.w.wait(j.r.int(60, 250));
  j.w.visit(PAGES.service(href.replace('/services/', '')), { scrollPct: j.r.int(0, 30) });
}

/** Uses the header search and opens the first result; the query text is never part of any event. */
export function searchAndOpen(j: Journey, slug: string): void {
  think(j, 2500);
  j.w.emit({ kind: 'site_search', formId: SEARCH_FORM });
  j.w.wait(j.r.int(80, 300));
  j.w.visit(PAGES.search(), { scrollPct: j.r.int(0, 20) });
  think(j, 3500);
  j.w.visit(PAGES.service(slug), { scrollPct: j.r.int(20, 80) });
}

function findLink(section: MenuSection, href: string): number {
  return section.groups.findIndex((g) => g.links.some((l) => l.href === href));
}

/**
 * Gets from the home page to the 전입신고 service page the way the persona would. Unfixed, people
 * look under 주거·생활 first, may click "이사 지원 안내" and come straight back (quick back), open
 * other sections, and often end up searching. Returns false when they give up.
 *
 * @example
 * if (!findMoveInService(j)) return; // session ended on the way
 */
export function findMoveInService(j: Journey): boolean {
  const { w, r, persona } = j;
  w.visit(PAGES.home(), { scrollPct: 0 });
  think(j, 4000);
  if (r.chance(persona.searchFirst)) {
    searchAndOpen(j, 'move-in');
    return true;
  }
  const bySlug = (slug: string) => j.menu.find((s) => s.slug === slug)!;
  if (!j.wideScreen) {
    // No main menu on narrow screens: the 주거·생활 card lists 전입신고 only once the menu is fixed.
    if (r.chance(0.4)) {
      const living = bySlug('living');
      w.visit(PAGES.category(living), { scrollPct: r.int(30, 100) });
      think(j, 5000);
      if (findLink(living, MOVE_IN_PATH) >= 0) {
        w.visit(PAGES.service('move-in'), { scrollPct: r.int(20, 80) });
        return true;
      }
    }
    searchAndOpen(j, 'move-in');
    return true;
  }
  const order = [bySlug('living'), bySlug('apply'), r.chance(0.5) ? bySlug('welfare') : undefined, bySlug('admin')];
  let lastMenuAt = w.now;
  for (const section of order) {
    if (!section) continue;
    openSection(j, section);
    lastMenuAt = w.now;
    think(j, 2200);
    const groupIndex = findLink(section, MOVE_IN_PATH);
    if (groupIndex >= 0) {
      const label = section.groups[groupIndex]!.links.find((l) => l.href === MOVE_IN_PATH)!.label;
      const obvious = label.includes('전입');
      if (r.chance(obvious ? 0.95 : persona.spotsHiddenLabel)) {
        openGroup(j, section, groupIndex);
        clickLink(j, section, groupIndex, MOVE_IN_PATH);
        return true;
      }
    }
    if (section.slug === 'living' && groupIndex < 0 && r.chance(persona.wrongClick)) {
      // "이사" sounds right: a quick look at the wrong page, then straight back.
      const from = w.page!;
      clickLink(j, section, 0, '/services/moving-support');
      const stay = j.r.int(2500, 8000);
      w.wait(stay);
      w.visit(from, { scrollPct: r.int(5, 40) });
      w.emit({ kind: 'quick_back', path: '/services/moving-support', durationMs: stay, target: from.path });
      think(j, 1500);
    } else if (section.groups.length > 1 && r.chance(0.6)) {
      const other = r.int(1, section.groups.length - 1);
      openGroup(j, section, other);
      think(j, 1800);
    }
  }
  if (w.now - lastMenuAt < 60_000 || r.chance(0.5)) {
    if (r.chance(persona.id === 'elder' ? 0.75 : 0.9)) {
      searchAndOpen(j, 'move-in');
      return true;
    }
  }
  return false;
}
