import { fetchDigest, saveDigest, sendDigestNow } from '../api/scorecard.ts';
import { getLang } from '../i18n/index.ts';
import { sc } from '../i18n/scorecard-text.ts';
import { h, statusLine } from '../ui/dom.ts';

/**
 * The monthly digest setting: a checkbox (subscribe) when the collector can send mail, otherwise a
 * plain note that no mail server is configured; admins also get "send now".
 */
export async function digestSection(admin: boolean): Promise<HTMLElement> {
  const section = h(
    'section',
    { class: 'card no-print', 'aria-labelledby': 'sc-digest-h' },
    h('h2', { id: 'sc-digest-h' }, sc('digest')),
  );
  const state = await fetchDigest().catch(() => undefined);
  if (!state) return section;
  if (!state.mailConfigured) {
    section.append(statusLine(sc('digestNoSmtp')));
    return section;
  }
  const box = h('input', { type: 'checkbox', id: 'sc-digest', checked: state.subscribed });
  const note = h('p', { role: 'status' });
  box.addEventListener('change', async () => {
    await saveDigest(box.checked, getLang()); // the mail is written in the language the user reads
    note.textContent = sc('digestSaved');
  });
  section.append(h('div', { class: 'field' }, box, h('label', { for: 'sc-digest' }, sc('digestOn'))), note);
  if (admin) {
    const send = h('button', { type: 'button' }, sc('digestSendNow'));
    send.addEventListener('click', async () => {
      const r = await sendDigestNow();
      note.textContent = sc('digestSent', { sent: r.sent, failed: r.failed });
    });
    section.append(send);
  }
  return section;
}
