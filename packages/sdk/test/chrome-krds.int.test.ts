import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness.ts';

// The form samples of KRDS itself (npm krds-uiux, ISC; read from the demo site's dependency, never
// copied into the repository), put into a page after load as a single-page app would render them.
const KRDS = new URL('../../../apps/demo-site/node_modules/krds-uiux/html/code/', import.meta.url);
const SAMPLES = [
  'text_input.html',
  'select.html',
  'date_input.html',
  'textarea.html',
  'checkbox.html',
  'radio_button.html',
];

describe('page chrome on the KRDS form samples in real Chromium', () => {
  const h = useHarness();

  it('names every KRDS field by its label, tied programmatically, and groups a choice without a title as unlabelled', async () => {
    const markup = SAMPLES.map((file) => readFileSync(new URL(file, KRDS), 'utf8')).join('\n');
    const page = await h.open('chrome-spa.html');
    await page.evaluate((html) => {
      const form = document.createElement('form');
      form.id = 'krds-samples';
      form.innerHTML = html;
      document.body.append(form);
    }, markup);
    const chrome = await h.event((e) => e.kind === 'form_chrome', 8000);
    expect(chrome.formId).toBe('krds-samples');
    const fields = chrome.fields as { fieldId: string; label?: string; labelSource: string; fieldType: string }[];
    expect(fields.length).toBeGreaterThanOrEqual(10);
    const byId = Object.fromEntries(fields.map((f) => [f.fieldId, f]));
    expect(byId.select_name).toMatchObject({ label: '레이블', labelSource: 'for', fieldType: 'select' });
    expect(byId.cal).toMatchObject({ label: '레이블', labelSource: 'for' });
    // a checkbox group with neither legend nor title: its options' labels do not name the group
    expect(byId.chk_1).toMatchObject({ labelSource: 'none' });
    expect(byId.chk_1?.label).toBeUndefined();
    for (const f of fields.filter((x) => x.fieldId !== 'chk_1' && !/^(radio|checkbox)$/.test(x.fieldType)))
      expect(['for', 'wrap', 'labelledby', 'aria', 'title'], f.fieldId).toContain(f.labelSource);
    h.expectValidBatches();
  });
});
