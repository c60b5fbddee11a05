import type { JourneyEntry, JourneyResponse } from '@minwon-ux/api-contract';
import { apiFetch } from '../api/client.ts';
import { sitePath } from '../api/sites.ts';
import { getLang, type Lang, type MessageKey, t } from '../i18n/index.ts';
import { buildHash } from '../state.ts';
import { h, statusLine } from '../ui/dom.ts';
import { formatDateTime } from '../ui/format.ts';
import { formatDuration } from '../ui/metric-format.ts';
import type { View } from './view.ts';

/** The device classes the filters name. */
const DEVICE_NAMES: Record<string, MessageKey> = {
  desktop: 'filters.device.desktop',
  mobile: 'filters.device.mobile',
  tablet: 'filters.device.tablet',
};

/** 83_000 → '01:23' (minutes:seconds since the session began). */
const clock = (ms: number) =>
  `${String(Math.floor(ms / 60_000)).padStart(2, '0')}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}`;

const menuPath = (e: JourneyEntry) => [...(e.trail ?? []), e.label].filter(Boolean).join(' › ');

/** What happened at one moment, in the reader's language (and a detail line, when there is one). */
export function describeEntry(e: JourneyEntry, lang: Lang): { text: string; detail?: string } {
  const d = (ms: number | undefined) => formatDuration(ms ?? 0, lang);
  const field = e.field ? (e.field.label === e.field.id ? e.field.id : `${e.field.label} (${e.field.id})`) : '';
  const form = e.form?.label ?? '';
  switch (e.kind) {
    case 'page':
      return {
        text: t('journey.page', { page: e.label ? `${e.label} (${e.path})` : e.path }),
        ...(e.durationMs !== undefined ? { detail: t('journey.pageTime', { duration: d(e.durationMs) }) } : {}),
      };
    case 'menu_open':
      return { text: t('journey.menuOpen', { menu: menuPath(e) }) };
    case 'menu_click':
      return { text: t('journey.menuClick', { menu: menuPath(e) }), ...(e.target ? { detail: `→ ${e.target}` } : {}) };
    case 'search':
      return { text: t('journey.search') };
    case 'field':
      return {
        text: t('journey.field', { field }),
        detail: t('journey.fieldTimes', { focus: d(e.durationMs), hesitation: d(e.hesitationMs) }),
      };
    case 'error':
      return {
        text: t('journey.error', { attempt: e.attempt ?? 1, field }),
        ...(e.message ? { detail: `“${e.message}”` } : {}),
      };
    case 'step':
      return { text: t('journey.step', { step: e.step ?? 0, label: e.label }) };
    case 'form_start':
      return { text: t('journey.formStart', { form }) };
    case 'form_submit':
      return { text: t('journey.submit', { form }), ...(e.blocked ? { detail: t('journey.submitBlocked') } : {}) };
    case 'form_success':
      return { text: t('journey.success', { form }) };
    case 'form_abandon':
      return { text: t('journey.abandon', { form }), ...(field ? { detail: t('journey.abandonAt', { field }) } : {}) };
    case 'rage_click':
      return { text: t('journey.rage', { count: e.count ?? 3, label: e.label }) };
    case 'dead_click':
      return { text: t('journey.dead', { label: e.label }) };
    case 'quick_back':
      return { text: t('journey.quickBack'), ...(e.target ? { detail: e.target } : {}) };
    default:
      return { text: t('journey.other') };
  }
}

/**
 * `#/journey/<sessionId>`: one session as a readable timeline built from its events (replay or
 * not), with a replay button when a replay was recorded. Opened from an insight's example sessions.
 */
export const journeyView: View = async (main, { filters, rest }) => {
  const sessionId = rest[0] ?? '';
  const lang = getLang();
  const journey = await apiFetch<JourneyResponse>(
    sitePath(filters, `sessions/${encodeURIComponent(sessionId)}/journey`),
  );
  main.append(
    h('p', {}, h('a', { href: buildHash('insights', filters) }, `← ${t('insights.back')}`)),
    h(
      'article',
      { class: 'card journey', 'aria-labelledby': 'journey-title' },
      h('h2', { id: 'journey-title' }, t('journey.title')),
      h(
        'p',
        { class: 'journey-meta', title: journey.sessionId },
        t('journey.meta', {
          start: formatDateTime(journey.startedAt, lang),
          duration: formatDuration(journey.durationMs, lang),
          device: DEVICE_NAMES[journey.device] ? t(DEVICE_NAMES[journey.device]!) : journey.device,
          browser: journey.browser,
          os: journey.os,
        }),
      ),
      journey.replay
        ? h(
            'p',
            {},
            h(
              'a',
              { class: 'button', href: buildHash('replays', filters, { session: journey.sessionId }) },
              t('journey.replay'),
            ),
          )
        : statusLine(t('journey.noReplay')),
      journey.truncated ? statusLine(t('journey.truncated')) : undefined,
      h(
        'ol',
        { class: 'timeline', 'aria-label': t('journey.timeline') },
        ...journey.entries.map((e) => {
          const { text, detail } = describeEntry(e, lang);
          return h(
            'li',
            { class: `timeline-${e.kind}`, 'data-kind': e.kind },
            h('time', {}, clock(e.atMs)),
            ' ',
            h('span', {}, text),
            detail ? h('span', { class: 'timeline-detail' }, ` — ${detail}`) : undefined,
          );
        }),
      ),
    ),
  );
};
