import { record } from '@rrweb/record';
import { createChunker } from './chunker.ts';
import type { ReplayRecorder } from './loader.ts';
import { maskInput, maskText } from './mask.ts';

/** More DOM mutations than this within 10 s and the page is pathological: recording stops. */
export const MUTATION_CAP = 5000;
const FLUSH_MS = 10_000;

/**
 * The lazy replay chunk (`dist/sdk-replay.js`): rrweb with every input and every text masked to a
 * fixed-length mask, inputs recorded as their last state, mouse moves sampled at 200 ms, canvas and
 * fonts off, `data-ux-ignore` blocked, and a mutation cap. Loaded only for sampled sessions.
 */
const recorder: ReplayRecorder = {
  start({ endpoint, site, sid, enabled }) {
    const send = createChunker(`${endpoint}/v1/replay`, site, sid);
    let buffer: unknown[] = [];
    let mutations = 0;
    const flush = (leaving = false) => {
      if (!buffer.length || !enabled()) return;
      const events = buffer;
      buffer = [];
      for (let i = 0; i < events.length; i += 5000) send(events.slice(i, i + 5000), leaving);
    };
    const stop = record({
      emit(event) {
        const e = event as {
          type: number;
          data?: { source?: number; adds?: unknown[]; removes?: unknown[]; texts?: unknown[]; attributes?: unknown[] };
        };
        if (e.type === 3 && e.data?.source === 0) {
          mutations +=
            (e.data.adds?.length ?? 0) +
            (e.data.removes?.length ?? 0) +
            (e.data.texts?.length ?? 0) +
            (e.data.attributes?.length ?? 0);
          if (mutations > MUTATION_CAP) {
            stop?.();
            clearInterval(timer);
            flush();
            return;
          }
        }
        buffer.push(event);
        if (buffer.length >= 1000) flush();
      },
      maskAllInputs: true,
      maskInputFn: maskInput,
      maskTextSelector: '*',
      maskTextFn: maskText,
      blockSelector: '[data-ux-ignore]',
      sampling: { mousemove: 200, input: 'last', scroll: 150, media: 800 },
      slimDOMOptions: 'all',
      recordCanvas: false,
      collectFonts: false,
      inlineImages: false,
    });
    const timer = setInterval(() => {
      mutations = 0;
      flush();
    }, FLUSH_MS);
    addEventListener('pagehide', () => flush(true));
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush(true));
  },
};

window.minwonUxReplay = recorder;
