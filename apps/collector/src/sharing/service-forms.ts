/**
 * SQL of a CTE `service_forms (site_id, form_id, service)`: each form of the `{sites}` and the national
 * service it implements — the admins' mapping (`form_services`) first, else the code its markup
 * declared (`events.service_code` of its `form_start` rows in the range, the latest one). A mapping
 * to '' takes a tagged form out; `{service}` '' keeps every service.
 *
 * @example
 * const query = `WITH service_forms AS (${serviceFormsSql(db)}) SELECT …`;
 */
export function serviceFormsSql(database: string): string {
  return `SELECT site_id, form_id, argMin(code, prio) AS service
    FROM (
      SELECT site_id, form_id, service_code AS code, 0 AS prio
      FROM ${database}.form_services FINAL
      WHERE deleted = 0 AND site_id IN {sites:Array(String)}
      UNION ALL
      SELECT toString(site_id) AS site_id, toString(form_id) AS form_id, toString(argMax(service_code, ts)) AS code, 1 AS prio
      FROM ${database}.events
      WHERE site_id IN {sites:Array(String)} AND kind = 'form_start' AND service_code != ''
        AND toDate(ts) BETWEEN {from:Date} AND {to:Date}
      GROUP BY site_id, form_id
    )
    GROUP BY site_id, form_id
    HAVING service != '' AND ({service:String} = '' OR service = {service:String})`;
}

/** The site → agency map of a query, as the two parallel arrays `transform()` takes. */
export interface SiteAgencies {
  sites: string[];
  agencies: string[];
}

/** `{sites}`, `{agencies}` parameters for sites of the given agencies (sites without an agency never count). */
export function siteAgencies(
  all: readonly { key: string; agency: string }[],
  agencies: ReadonlySet<string>,
): SiteAgencies {
  const chosen = all.filter((s) => s.agency !== '' && agencies.has(s.agency));
  return { sites: chosen.map((s) => s.key), agencies: chosen.map((s) => s.agency) };
}
