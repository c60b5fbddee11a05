import type { BenchmarkFieldsResponse, BenchmarkRow, BenchmarksResponse } from '@minwon-ux/api-contract';
import { fetchBenchmarkFields, fetchBenchmarkServices, fetchBenchmarks, openDataUrl } from '../api/benchmarks.ts';
import { renderBenchmarkStrips, type StripMetric } from '../charts/benchmark-strips.ts';
import { t } from '../i18n/index.ts';
import { buildHash } from '../state.ts';
import { h, statusLine } from '../ui/dom.ts';
import { formatMs, formatNumber } from '../ui/format.ts';
import { dataTable } from '../ui/table.ts';
import { mappingSection, sharingSection } from './agencies-admin.ts';
import type { View } from './view.ts';

/** A field counts as "ours, not theirs" when our error rate is at least this much higher. */
const GAP_MIN = 0.05;

const pct = (v: number) => `${Math.round(v * 100)}%`;
const seconds = (v: number | null) => (v === null ? '—' : formatMs(v * 1000));

/** How a row's agency is named in the UI language: its name, "기관 A"/"Agency A", or ours. */
export function agencyName(row: Pick<BenchmarkRow, 'agency' | 'pseudonym'> & { own?: boolean }): string {
  if (row.pseudonym) return t('agencies.pseudonym', { p: row.pseudonym });
  return row.own ? t('agencies.ownSuffix', { name: row.agency }) : row.agency;
}

/**
 * "다른 기관과 비교": per civil service, our form's figures against the sharing agencies'
 * distribution, the best-performing agency and the fields where we have errors it does not; the
 * open-data download; for admins, our sharing choice and the form → service mapping of the site.
 */
export const agenciesView: View = async (main, { filters, params, user, go }) => {
  const { services } = await fetchBenchmarkServices(filters);
  const service = params.get('service') ?? services.find((s) => s.own)?.code ?? services[0]?.code ?? '';
  const picker = h(
    'select',
    { id: 'bm-service', name: 'service' },
    ...services.map((s) =>
      h('option', { value: s.code, selected: s.code === service }, s.title ? `${s.title} (${s.code})` : s.code),
    ),
  );
  picker.addEventListener('change', () => go(buildHash('agencies', filters, { service: picker.value })));
  main.append(
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'bm-h' },
      h('h2', { id: 'bm-h' }, t('agencies.title')),
      services.length > 0
        ? h('div', { class: 'field' }, h('label', { for: 'bm-service' }, t('agencies.service')), picker)
        : statusLine(t('agencies.noServices')),
      h('p', {}, h('a', { href: openDataUrl(filters), download: '' }, t('agencies.openData'))),
    ),
  );
  if (service) {
    const [bench, fields] = await Promise.all([
      fetchBenchmarks(filters, service),
      fetchBenchmarkFields(filters, service),
    ]);
    main.append(benchmarkSection(bench), bestSection(fields));
  }
  // the operators' agency (system) runs no services of its own: nothing to share
  if (user.role === 'admin' && user.agencyId !== 'system') main.append(await sharingSection(user.agencyId));
  if (filters.site) main.append(await mappingSection(filters, user.role === 'admin'));
};

const METRICS: StripMetric[] = [
  { label: '', value: (r) => r.completionRate, format: pct },
  { label: '', value: (r) => r.errorRate, format: pct },
  { label: '', value: (r) => r.abandonRate, format: pct },
  { label: '', value: (r) => r.medianCompletionSeconds, format: (v) => formatMs(v * 1000) },
];
const METRIC_LABELS = ['agencies.completion', 'agencies.errors', 'agencies.abandon', 'agencies.medianTime'] as const;

function benchmarkSection(b: BenchmarksResponse): HTMLElement {
  const section = h('section', { class: 'card', 'aria-labelledby': 'bm-service-h' });
  section.append(
    h('h2', { id: 'bm-service-h' }, t('agencies.table', { service: b.service })),
    h('p', {}, t('agencies.intro', { k: b.minSessions })),
  );
  const own = b.rows.find((r) => r.own);
  if (!own) section.append(statusLine(t('agencies.ownTooFew', { k: b.minSessions })));
  if (!b.rows.some((r) => !r.own)) section.append(statusLine(t('agencies.noPeers', { k: b.minSessions })));
  if (b.rows.length > 0) {
    section.append(
      renderBenchmarkStrips(b.rows, {
        id: 'bm-strips',
        title: t('agencies.chart', { service: b.service }),
        description: t('agencies.chartDesc'),
        metrics: METRICS.map((m, i) => ({ ...m, label: t(METRIC_LABELS[i]!) })),
        ownLabel: t('agencies.own'),
        peersLabel: t('agencies.peers'),
        medianLabel: t('agencies.median'),
      }),
      dataTable(t('agencies.table', { service: b.service }), b.rows, [
        { label: t('agencies.agency'), value: (r) => agencyName(r) },
        { label: t('agencies.sessions'), value: (r) => formatNumber(r.sessions), numeric: true },
        { label: t('agencies.completion'), value: (r) => pct(r.completionRate), numeric: true },
        { label: t('agencies.errors'), value: (r) => pct(r.errorRate), numeric: true },
        { label: t('agencies.abandon'), value: (r) => pct(r.abandonRate), numeric: true },
        { label: t('agencies.medianTime'), value: (r) => seconds(r.medianCompletionSeconds), numeric: true },
        { label: t('agencies.score'), value: (r) => (r.score === null ? '—' : r.score.toFixed(1)), numeric: true },
      ]),
    );
  }
  if (b.suppressed > 0) section.append(statusLine(t('agencies.suppressed', { n: b.suppressed })));
  if (b.total) {
    section.append(
      h(
        'p',
        {},
        t('agencies.total', {
          agencies: b.total.agencies,
          sessions: formatNumber(b.total.sessions),
          completion: pct(b.total.completionRate),
        }),
      ),
    );
  }
  return section;
}

/**
 * Fields where our error rate is at least `GAP_MIN` above the best agency's (a field it does not
 * report errors on counts as 0), largest gap first.
 *
 * @example
 * fieldGaps(fields); // [{ fieldId: 'phone', own: 0.2, peer: 0 }]
 */
export function fieldGaps(f: BenchmarkFieldsResponse): { fieldId: string; own: number; peer: number }[] {
  if (!f.own || !f.best) return [];
  const theirs = new Map(f.best.fields.map((x) => [x.fieldId, x.errorRate]));
  return f.own.fields
    .map((x) => ({ fieldId: x.fieldId, own: x.errorRate, peer: theirs.get(x.fieldId) ?? 0 }))
    .filter((x) => x.own - x.peer >= GAP_MIN)
    .sort((a, b) => b.own - b.peer - (a.own - a.peer) || (a.fieldId < b.fieldId ? -1 : 1))
    .slice(0, 8);
}

function bestSection(f: BenchmarkFieldsResponse): HTMLElement {
  const section = h(
    'section',
    { class: 'card', 'aria-labelledby': 'bm-best-h' },
    h('h2', { id: 'bm-best-h' }, t('agencies.best')),
  );
  if (!f.best) {
    section.append(statusLine(t('agencies.noPeers', { k: f.minSessions })));
    return section;
  }
  const best = agencyName(f.best);
  section.append(
    h(
      'p',
      {},
      t('agencies.bestLine', {
        agency: best,
        completion: pct(f.best.completionRate),
        time: seconds(f.best.medianCompletionSeconds),
      }),
    ),
    h('h3', {}, t('agencies.gaps')),
  );
  const gaps = fieldGaps(f);
  section.append(
    gaps.length === 0
      ? statusLine(t('agencies.noGaps'))
      : h(
          'ul',
          {},
          ...gaps.map((g) =>
            h(
              'li',
              {},
              t('agencies.gap', {
                field: f.labels[g.fieldId] ?? g.fieldId,
                own: pct(g.own),
                agency: best,
                peer: pct(g.peer),
              }),
            ),
          ),
        ),
  );
  return section;
}
