import type {
  ChangeComparison,
  ChangeResponse,
  ChangesResponse,
  ComparisonResponse,
  MetricComparison,
} from '@minwon-ux/api-contract';
import { apiFetch } from '../api/client.ts';
import { renderBeforeAfter } from '../charts/before-after-chart.ts';
import { getLang, type MessageKey, t } from '../i18n/index.ts';
import { buildHash } from '../state.ts';
import { h, statusLine } from '../ui/dom.ts';
import { formatMs, formatPct } from '../ui/format.ts';
import { dataTable } from '../ui/table.ts';
import type { View } from './view.ts';

const SCOPES = ['field', 'form', 'page', 'menu'] as const;
const fmt = (m: MetricComparison) => (m.type === 'rate' ? formatPct : formatMs);

/** Before/after: marked changes, a form to mark one, and the comparison of the selected change. */
export const compareView: View = async (main, { filters, params, go }) => {
  const base = `/api/sites/${encodeURIComponent(filters.site)}/changes`;
  const { changes } = await apiFetch<ChangesResponse>(base);
  const selected = params.get('change') ?? changes[0]?.id;
  const list = h(
    'section',
    { class: 'card', 'aria-labelledby': 'changes-h' },
    h('h2', { id: 'changes-h' }, t('compare.changes')),
  );
  list.append(
    changes.length === 0
      ? statusLine(t('compare.none'))
      : dataTable(
          t('compare.changes'),
          changes,
          [
            { label: t('compare.date'), value: (c) => c.changedOn },
            { label: t('compare.scope'), value: (c) => t(`compare.scope.${c.scope}` as MessageKey) },
            { label: t('compare.target'), value: (c) => c.target },
            { label: t('compare.description'), value: (c) => c.description },
            {
              label: t('compare.result'),
              value: (c) =>
                h(
                  'a',
                  {
                    href: buildHash('compare', filters, { change: c.id }),
                    'aria-current': c.id === selected ? 'true' : undefined,
                  },
                  t('compare.run'),
                ),
            },
          ],
          true,
        ),
  );
  main.append(
    list,
    changeForm(base, (id) => go(buildHash('compare', filters, { change: id }))),
  );
  if (!selected) return;
  const days = params.get('days') ?? '14';
  const q = new URLSearchParams({ days, ...(filters.device ? { device: filters.device } : {}) });
  const { comparison } = await apiFetch<ComparisonResponse>(`${base}/${encodeURIComponent(selected)}/compare?${q}`);
  main.append(result(comparison));
};

function changeForm(base: string, onSaved: (id: string) => void): HTMLElement {
  const date = h('input', { id: 'c-date', name: 'changedOn', type: 'date', required: true });
  const scope = h(
    'select',
    { id: 'c-scope', name: 'scope' },
    ...SCOPES.map((s) => h('option', { value: s }, t(`compare.scope.${s}` as MessageKey))),
  );
  const target = h('input', { id: 'c-target', name: 'target', required: true, 'aria-describedby': 'c-target-hint' });
  const description = h('input', { id: 'c-desc', name: 'description' });
  const message = h('div', {});
  const form = h(
    'form',
    { class: 'card filters', 'aria-labelledby': 'add-change-h' },
    h('h2', { id: 'add-change-h', class: 'visually-hidden' }, t('compare.add')),
    field('c-date', t('compare.date'), date),
    field('c-scope', t('compare.scope'), scope),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'c-target' }, t('compare.target')),
      target,
      h('small', { id: 'c-target-hint' }, t('compare.targetHint')),
    ),
    field('c-desc', t('compare.description'), description),
    h('button', { type: 'submit', class: 'primary' }, t('compare.add')),
    message,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const { change } = await apiFetch<ChangeResponse>(base, {
        method: 'POST',
        body: { changedOn: date.value, scope: scope.value, target: target.value, description: description.value },
      });
      onSaved(change.id);
    } catch {
      message.replaceChildren(statusLine(t('state.error'), 'error'));
    }
  });
  return form;
}

function result(c: ChangeComparison): HTMLElement {
  const lang = getLang();
  const cls = c.verdict === 'helped' ? 'verdict-helped' : c.verdict === 'worse' ? 'verdict-worse' : 'verdict-none';
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'result-h' },
    h('h2', { id: 'result-h' }, `${t('compare.result')}: ${c.change.target}`),
    h('p', { class: cls, role: 'status' }, c.summary[lang]),
    h(
      'p',
      {},
      `${t('compare.before')} ${c.windows.before.from} – ${c.windows.before.to} · ${t('compare.after')} ${c.windows.after.from} – ${c.windows.after.to}`,
    ),
    h(
      'div',
      { class: 'chart' },
      renderBeforeAfter(
        c.metrics.map((m) => ({
          label: m.label[lang],
          before: m.before.value,
          after: m.after.value,
          format: fmt(m),
          verdict: m.verdict,
        })),
        {
          id: 'before-after',
          title: t('compare.result'),
          beforeLabel: t('compare.before'),
          afterLabel: t('compare.after'),
          width: 760,
        },
      ),
    ),
    dataTable(
      t('compare.result'),
      c.metrics,
      [
        { label: t('compare.metric'), value: (m) => m.label[lang] },
        { label: t('compare.before'), value: (m) => `${fmt(m)(m.before.value)} (n=${m.before.n})`, numeric: true },
        { label: t('compare.after'), value: (m) => `${fmt(m)(m.after.value)} (n=${m.after.n})`, numeric: true },
        {
          label: t('compare.test'),
          value: (m) =>
            `${m.test}, p = ${m.pValue.toFixed(3)}${m.interval ? `, 95% CI ${formatMs(m.interval.low)} … ${formatMs(m.interval.high)}` : ''}`,
        },
        {
          label: t('compare.verdict'),
          value: (m) => (m.verdict === 'helped' ? '✓ ' : m.verdict === 'worse' ? '✗ ' : '– ') + m.verdict,
        },
      ],
      true,
    ),
  );
}

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}
