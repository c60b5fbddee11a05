import {
  SCORECARD_CRITERIA,
  type ScorecardInterval,
  type ScorecardPeriod,
  type ScorecardResponse,
  type ScoredIndicators,
  SYSTEM_AGENCY,
} from '@minwon-ux/api-contract';
import { fetchAgencyScorecard, fetchScorecard, scorecardPath } from '../api/scorecard.ts';
import { renderScorecardChart } from '../charts/scorecard-chart.ts';
import { bandText, criterionText, criterionValue, sc } from '../i18n/scorecard-text.ts';
import { buildHash } from '../state.ts';
import { h, named, statusLine } from '../ui/dom.ts';
import { formatNumber } from '../ui/format.ts';
import { dataTable } from '../ui/table.ts';
import { digestSection } from './scorecard-digest.ts';
import type { View } from './view.ts';
import './scorecard.css';

/**
 * "UX 평가표": the site's score and its five criteria per week or month (chart with the recorded
 * changes), the criteria over the whole range, each service, the agency's sites ranked, the monthly
 * digest setting, and a print button: the page prints as an A4 report.
 */
export const scorecardView: View = async (main, { filters, params, user, sites, go }) => {
  const interval: ScorecardInterval = params.get('interval') === 'week' ? 'week' : 'month';
  const card = await fetchScorecard(filters, interval);
  const siteName = sites.find((s) => s.key === filters.site)?.name ?? filters.site;
  const picker = h(
    'select',
    { id: 'sc-interval', name: 'interval' },
    h('option', { value: 'month', selected: interval === 'month' }, sc('month')),
    h('option', { value: 'week', selected: interval === 'week' }, sc('week')),
  );
  picker.addEventListener('change', () => go(buildHash('scorecard', filters, { interval: picker.value })));
  const print = h('button', { type: 'button' }, sc('print'));
  print.addEventListener('click', () => window.print());
  main.append(
    h('p', { class: 'sc-report-title' }, sc('report', { site: siteName, from: card.from, to: card.to })),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'sc-h' },
      h('h2', { id: 'sc-h' }, sc('title')),
      h('p', {}, sc('intro')),
      h(
        'div',
        { class: 'sc-head' },
        h(
          'span',
          { class: 'sc-score', 'data-testid': 'sc-total' },
          card.total.score === null ? '—' : String(card.total.score),
        ),
        bandBadge(card.total),
        h('span', {}, sc('formula', { version: card.formula.version })),
      ),
      unscoredNote(card.total, card.formula.targets.minSessions),
      h(
        'div',
        { class: 'field no-print' },
        h('label', { for: 'sc-interval' }, sc('interval')),
        picker,
        print,
        h('a', { href: scorecardPath(filters, interval, 'csv'), download: '' }, sc('csv')),
      ),
    ),
    chartSection(card),
    criteriaSection(card),
    periodsSection(card),
    servicesSection(card),
    changesSection(card),
  );
  if (user.agencyId) {
    const agency = await fetchAgencyScorecard(user.agencyId, filters).catch(() => undefined);
    if (agency && agency.sites.length > 0) {
      main.append(
        h(
          'section',
          { class: 'card', 'aria-labelledby': 'sc-agency-h' },
          h('h2', { id: 'sc-agency-h' }, sc('agency')),
          dataTable(
            sc('agency'),
            agency.sites,
            [
              { label: sc('rank'), value: (s) => (s.rank === null ? '—' : s.rank), numeric: true },
              { label: sc('site'), value: (s) => s.name },
              { label: sc('sessions'), value: (s) => formatNumber(s.sessions), numeric: true },
              { label: sc('total'), value: (s) => scoreText(s.score), numeric: true },
              { label: sc('band'), value: (s) => bandBadge(s) },
            ],
            true,
          ),
        ),
      );
    }
  }
  main.append(await digestSection(user.role === 'admin' && user.agencyId === SYSTEM_AGENCY));
};

function bandBadge(s: Pick<ScoredIndicators, 'band'>): HTMLElement {
  return h('span', { class: `sc-band sc-band-${s.band ?? 'none'}` }, bandText(s.band));
}

function scoreText(score: number | null): string {
  return score === null ? '—' : score.toFixed(1);
}

function unscoredNote(s: ScoredIndicators, minSessions: number): HTMLElement | undefined {
  if (s.unscored === 'too_few_sessions') return statusLine(sc('tooFewSessions', { n: minSessions }));
  if (s.unscored === 'too_few_samples') return statusLine(sc('tooFewSamples'));
  return undefined;
}

function periodLabel(p: Pick<ScorecardPeriod, 'from' | 'to'>): string {
  return `${p.from.slice(5)}~${p.to.slice(5)}`;
}

function chartSection(card: ScorecardResponse): HTMLElement {
  const names = Object.fromEntries(SCORECARD_CRITERIA.map((c) => [c, criterionText(c).name]));
  const svg = renderScorecardChart(card.periods, card.changes, {
    id: 'sc-chart',
    title: sc('chart'),
    description: sc('chartDesc'),
    width: 720,
    names: { total: sc('total'), ...names } as Parameters<typeof renderScorecardChart>[2]['names'],
    periodLabel: (p) => (card.interval === 'month' ? p.from.slice(0, 7) : p.from.slice(5)),
  });
  return h(
    'section',
    { class: 'card sc-chart', 'aria-labelledby': 'sc-chart-h' },
    h('h2', { id: 'sc-chart-h' }, sc('chart')),
    svg,
    h('p', {}, sc('chartDesc')),
  );
}

function criteriaSection(card: ScorecardResponse): HTMLElement {
  const rows = SCORECARD_CRITERIA.map((c) => ({ c, ...card.total.criteria[c] }));
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'sc-criteria-h' },
    h('h2', { id: 'sc-criteria-h' }, sc('criteria')),
    dataTable(
      sc('criteria'),
      rows,
      [
        { label: sc('criterion'), value: (r) => criterionText(r.c).name },
        { label: sc('meaning'), value: (r) => criterionText(r.c).meaning },
        { label: sc('value'), value: (r) => criterionValue(r.c, r.value), numeric: true },
        { label: sc('score'), value: (r) => scoreText(r.score), numeric: true },
        { label: sc('samples'), value: (r) => formatNumber(r.samples), numeric: true },
      ],
      true,
    ),
  );
}

function periodsSection(card: ScorecardResponse): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'sc-periods-h' },
    h('h2', { id: 'sc-periods-h' }, sc('periods')),
    dataTable(
      sc('periods'),
      card.periods,
      [
        { label: sc('period'), value: (p) => periodLabel(p) },
        { label: sc('sessions'), value: (p) => formatNumber(p.sessions), numeric: true },
        { label: sc('total'), value: (p) => scoreText(p.score), numeric: true },
        { label: sc('band'), value: (p) => bandBadge(p) },
        ...SCORECARD_CRITERIA.map((c) => ({
          label: criterionText(c).name,
          value: (p: ScorecardPeriod) => scoreText(p.criteria[c].score),
          numeric: true,
        })),
      ],
      true,
    ),
  );
}

function servicesSection(card: ScorecardResponse): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'sc-services-h' },
    h('h2', { id: 'sc-services-h' }, sc('services')),
    dataTable(
      sc('services'),
      card.services,
      [
        { label: sc('service'), value: (s) => named(s.title, s.formId) },
        { label: sc('serviceCode'), value: (s) => s.serviceCode ?? '—' },
        { label: sc('sessions'), value: (s) => formatNumber(s.sessions), numeric: true },
        { label: sc('total'), value: (s) => scoreText(s.score), numeric: true },
        { label: sc('band'), value: (s) => bandBadge(s) },
        ...SCORECARD_CRITERIA.map((c) => ({
          label: criterionText(c).name,
          value: (s: (typeof card.services)[number]) => scoreText(s.criteria[c].score),
          numeric: true,
        })),
      ],
      true,
    ),
  );
}

function changesSection(card: ScorecardResponse): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'sc-changes-h' },
    h('h2', { id: 'sc-changes-h' }, sc('changes')),
    card.changes.length === 0
      ? h('p', {}, sc('noChanges'))
      : h('ul', {}, ...card.changes.map((c) => h('li', {}, `${c.at} — ${c.title}`))),
  );
}
