import { FIELD_THRESHOLDS, type FormsResponse } from '@minwon-ux/api-contract';
import { apiFetch } from '../api/client.ts';
import { sitePath } from '../api/sites.ts';
import { renderBarChart } from '../charts/bar-chart.ts';
import { renderFunnel } from '../charts/funnel-chart.ts';
import { t } from '../i18n/index.ts';
import { archivedAtNote } from '../ui/archived-at.ts';
import { h, named, statusLine } from '../ui/dom.ts';
import { formatMs, formatNumber, formatPct } from '../ui/format.ts';
import { dataTable } from '../ui/table.ts';
import type { View } from './view.ts';

const card = (id: string, title: string, ...body: (Node | undefined)[]) =>
  h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), ...body);

/** Forms: summary, step funnel, field funnel, error rates, the error table and hesitation. */
export const formsView: View = async (main, { filters }) => {
  const data = await apiFetch<FormsResponse>(sitePath(filters, 'forms'));
  const formName = (formId: string) => data.labels?.forms[formId] ?? formId;
  if (data.forms.length === 0 && data.fields.length === 0) {
    main.append(statusLine(t('state.empty')));
    return;
  }
  if (data.archivedAt) main.append(archivedAtNote(data.archivedAt));
  main.append(
    card(
      'forms-summary',
      t('forms.summary'),
      dataTable(
        t('forms.summary'),
        data.forms,
        [
          { label: t('forms.form'), value: (f) => named(formName(f.formId), f.formId) },
          { label: t('forms.starters'), value: (f) => formatNumber(f.starters), numeric: true },
          { label: t('forms.completers'), value: (f) => formatNumber(f.completers), numeric: true },
          { label: t('forms.abandoners'), value: (f) => formatNumber(f.abandoners), numeric: true },
          {
            label: t('overview.completion'),
            value: (f) => formatPct(f.starters ? f.completers / f.starters : 0),
            numeric: true,
          },
        ],
        true,
      ),
    ),
  );
  for (const formId of new Set(data.steps.map((s) => s.formId))) {
    const steps = data.steps.filter((s) => s.formId === formId);
    const funnel = steps.filter((s) => s.step > 0).map((s) => ({ label: `${s.step} ${s.label}`, value: s.reached }));
    if (funnel.length < 2) continue;
    funnel.push({ label: t('forms.success'), value: steps.find((s) => s.step === 0)?.successes ?? 0 });
    main.append(
      card(
        `steps-${formId}`,
        `${t('forms.steps')} · ${formName(formId)}`,
        h(
          'div',
          { class: 'chart' },
          renderFunnel(funnel, {
            id: `funnel-${formId}`,
            title: `${t('forms.steps')} ${formName(formId)}`,
            width: 760,
          }),
        ),
      ),
    );
  }
  const byTouched = [...data.fields].sort((a, b) => b.touched - a.touched);
  const rate = (f: FormsResponse['fields'][number]) => (f.touched ? f.errorSessions / f.touched : 0);
  const hes = [...data.fields].sort((a, b) => b.hesitationP50 - a.hesitationP50);
  const median = hes.length ? hes.map((f) => f.hesitationP50).sort((a, b) => a - b)[Math.floor(hes.length / 2)]! : 0;
  const label = (f: { formId: string; fieldId: string }) =>
    `${formName(f.formId)} › ${data.labels?.fields[f.formId]?.[f.fieldId] ?? f.fieldId}`;
  main.append(
    card(
      'field-funnel',
      t('forms.funnel'),
      h(
        'div',
        { class: 'chart' },
        renderBarChart(
          byTouched.map((f) => ({ label: label(f), value: f.touched })),
          { id: 'field-funnel-chart', title: t('forms.funnel'), format: formatNumber, width: 760 },
        ),
      ),
    ),
    card(
      'error-rates',
      t('forms.errorRates'),
      h(
        'div',
        { class: 'chart' },
        renderBarChart(
          [...data.fields]
            .sort((a, b) => rate(b) - rate(a))
            .map((f) => ({
              label: label(f),
              value: rate(f),
              highlight: rate(f) >= FIELD_THRESHOLDS.errorProneMinRate,
            })),
          { id: 'error-rate-chart', title: t('forms.errorRates'), format: formatPct, width: 760 },
        ),
      ),
    ),
    card(
      'error-table',
      t('forms.errorTable'),
      dataTable(
        t('forms.errorTable'),
        data.errors,
        [
          { label: t('forms.field'), value: (e) => named(label(e), `${e.formId} › ${e.fieldId}`) },
          { label: t('forms.kind'), value: (e) => e.errorKind },
          { label: t('forms.message'), value: (e) => e.message },
          { label: t('forms.errors'), value: (e) => formatNumber(e.errors), numeric: true },
          { label: t('forms.sessions'), value: (e) => formatNumber(e.sessions), numeric: true },
        ],
        true,
      ),
    ),
    card(
      'hesitation',
      t('forms.hesitation'),
      h(
        'div',
        { class: 'chart' },
        renderBarChart(
          hes.map((f) => ({
            label: label(f),
            value: f.hesitationP50,
            highlight:
              f.hesitationP50 >= FIELD_THRESHOLDS.slowFactor * median && f.hesitationP50 >= FIELD_THRESHOLDS.slowMinMs,
          })),
          {
            id: 'hesitation-chart',
            title: t('forms.hesitation'),
            format: formatMs,
            width: 760,
            reference: { value: median, label: t('forms.formMedian') },
          },
        ),
      ),
    ),
  );
};
