/** Menu use per item: the labels citizens saw, the trail of parent labels, opens and clicks. */
export interface MenuItemUse {
  trail: string[];
  label: string;
  depth: number;
  target: string;
  opens: number;
  clicks: number;
  sessions: number;
}

/** A common sequence of menu clicks and the sessions that took it. */
export interface MenuPath {
  labels: string[];
  sessions: number;
}

/** `GET /api/sites/:site/menus` */
export interface MenusResponse {
  items: MenuItemUse[];
  paths: MenuPath[];
  /** When the oldest archive run the figures rest on ran (ISO time); null when the range has no events. */
  archivedAt: string | null;
}
