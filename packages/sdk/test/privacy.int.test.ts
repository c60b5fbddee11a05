import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness.ts';
import { secretFragments, typedValues } from './support/privacy-inputs.ts';
import { waitFor } from './support/servers.ts';

const typed = typedValues;
const secrets = [...secretFragments, 'SECRETWORD', '홍길순'];

/** Runs in the page before any script: records a stack trace for every `.value` read. */
function proxyValueGetters() {
  const reads: string[] = [];
  (window as unknown as { __valueReads: string[] }).__valueReads = reads;
  for (const proto of [HTMLInputElement.prototype, HTMLTextAreaElement.prototype, HTMLSelectElement.prototype]) {
    const desc = Object.getOwnPropertyDescriptor(proto, 'value')!;
    Object.defineProperty(proto, 'value', {
      ...desc,
      get() {
        reads.push(new Error().stack ?? '');
        return desc.get!.call(this);
      },
    });
  }
}

/** The replay chunk (data-replay="1" on the fixture) has loaded and started recording. */
const recording = (page: Page) => page.waitForFunction(() => 'minwonUxReplay' in window);

describe('privacy: typed values never leave the browser', () => {
  const h = useHarness();
  /** Flushes the queue until both echoed errors were sent: the SDK has seen the failed submit. */
  const sentErrors = (page: Page) =>
    waitFor(async () => {
      await page.evaluate(() => window.minwonUx?.flush());
      return h.events('input_error').length >= 2;
    }, 15_000);

  it('no typed value in any events or replay body, even when the page echoes it into error messages', async () => {
    const page = await h.open('privacy.html');
    await recording(page); // so the replay holds the typing (masked), not just what came after
    for (const [selector, value] of Object.entries(typed)) await page.fill(selector, value);
    await page.click('#rrn');
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('7');
    await page.click('#rich');
    await page.keyboard.type('SECRETWORD홍길순');
    await page.click('button[type=submit]');
    await sentErrors(page);
    await h.leave(page);
    await h.event((e) => e.kind === 'field_dwell' && e.fieldId === 'rrn');
    // the recorder sends its buffer by beacon at pagehide; it may land after the events' beacon
    await waitFor(() => h.servers.captures.some((c) => c.path === '/v1/replay'), 15_000);

    const errors = h.events('input_error');
    expect(errors.map((e) => e.fieldId).sort()).toEqual(['mobile', 'rrn']);
    for (const e of errors) expect(e.message).toMatch(/^입력하신 … 는 형식이 올바르지 않습니다/);
    const rrn = h.events('field_dwell').find((e) => e.fieldId === 'rrn');
    expect(rrn).toMatchObject({ corrections: 1 });
    expect(rrn.edits).toBeGreaterThanOrEqual(2);

    const replay = h.servers.captures.filter((c) => c.path === '/v1/replay');
    expect(replay.length).toBeGreaterThan(0);
    const bodies = h.servers.captures.map((c) => `${c.body}\n${c.raw.toString('latin1')}`).join('\n');
    for (const secret of secrets) expect(bodies, secret).not.toContain(secret);
    // JSON may escape non-ASCII; check the escaped forms too
    expect(bodies).not.toContain(JSON.stringify('홍길순').slice(1, -1));
  });

  it('the core SDK never reads an input, textarea or select value (getter proxied in the page)', async () => {
    const page = await h.open('privacy.html', { before: (p) => p.addInitScript(proxyValueGetters) });
    await recording(page);
    for (const [selector, value] of Object.entries(typed)) await page.type(selector, value);
    await page.click('button[type=submit]');
    await sentErrors(page);
    const reads = await page.evaluate(() => (window as unknown as { __valueReads: string[] }).__valueReads);
    expect(reads.length, 'the page itself reads values (the proxy works)').toBeGreaterThan(0);
    expect(reads.filter((stack) => /\/sdk\.js/.test(stack))).toEqual([]);
    // the detector sees script URLs: rrweb in the replay chunk does read values (then masks them)
    expect(reads.some((stack) => /\/sdk-replay\.js/.test(stack))).toBe(true);
  });

  it.each(['sdk.js', 'sdk-ext.js', 'sdk-chrome.js'])('the built %s contains no `.value` read at all', async (file) => {
    const code = await readFile(new URL(`../dist/${file}`, import.meta.url), 'utf8');
    expect(code).not.toMatch(/\.value\b|\["value"\]|'value'/);
  });
});
