import { SCORECARD_CRITERIA, type ScorecardResponse, type ScoredIndicators } from '@minwon-ux/api-contract';

const HEADER = [
  'level',
  'from',
  'to',
  'form_id',
  'service_code',
  'sessions',
  'score',
  'band',
  'unscored',
  ...SCORECARD_CRITERIA.flatMap((c) => [`${c}_value`, `${c}_score`]),
  'formula_version',
  'form_title',
];

/**
 * The scorecard as CSV (RFC 4180, a UTF-8 BOM so spreadsheet programs read Korean): one row per
 * period (`level` = period), one for the whole range (`total`) and one per service (`service`).
 *
 * @example
 * c.body(scorecardCsv(card), 200, { 'content-type': 'text/csv; charset=utf-8' });
 */
export function scorecardCsv(card: ScorecardResponse): string {
  const v = card.formula.version;
  const lines = [HEADER.join(',')];
  for (const p of card.periods) lines.push(line(['period', p.from, p.to, '', '', p.sessions], p, v, ''));
  const t = card.total;
  lines.push(line(['total', t.from, t.to, '', '', t.sessions], t, v, ''));
  for (const s of card.services) {
    lines.push(line(['service', card.from, card.to, s.formId, s.serviceCode ?? '', s.sessions], s, v, s.title ?? ''));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function line(head: (string | number)[], s: ScoredIndicators, version: string, title: string): string {
  const cells = [
    ...head,
    s.score ?? '',
    s.band ?? '',
    s.unscored ?? '',
    ...SCORECARD_CRITERIA.flatMap((c) => [s.criteria[c].value ?? '', s.criteria[c].score ?? '']),
    version,
    title,
  ];
  return cells.map((c) => csvCell(String(c))).join(',');
}

function csvCell(text: string): string {
  // a leading = + - @ would run as a formula in a spreadsheet: quote it with a leading apostrophe
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
