/** A site the logged-in user may see: `GET /api/sites`. */
export interface SiteSummary {
  key: string;
  name: string;
}

/** `GET /api/sites` */
export interface SitesResponse {
  sites: SiteSummary[];
}
