/** A progress line on a stream (stderr): redrawn in place on a terminal, a line per 10 % elsewhere. */
export interface ProgressBar {
  update(done: number, detail?: string): void;
  finish(detail?: string): void;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/**
 * Creates a progress bar for `total` units.
 *
 * @example
 * const bar = createProgressBar(process.stderr, 5000, 'sessions');
 * bar.update(2500, '80,000 events');
 */
export function createProgressBar(stream: NodeJS.WriteStream, total: number, unit: string, width = 28): ProgressBar {
  const started = Date.now();
  let lastDecile = -1;
  let lastDraw = 0;
  const line = (done: number, detail: string) => {
    const ratio = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(ratio * width);
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 ? (total - done) / rate : 0;
    return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ${fmt(done)}/${fmt(total)} ${unit}${detail ? ` · ${detail}` : ''} · ${elapsed.toFixed(1)}s${done < total ? ` · ETA ${Math.ceil(eta)}s` : ''}`;
  };
  return {
    update(done, detail = '') {
      if (stream.isTTY) {
        const now = Date.now();
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        stream.write(`\r${line(done, detail)}\x1b[K`);
        return;
      }
      const decile = Math.floor((total > 0 ? done / total : 1) * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        stream.write(`${line(done, detail)}\n`);
      }
    },
    finish(detail = '') {
      stream.write(`${stream.isTTY ? '\r' : ''}${line(total, detail)}${stream.isTTY ? '\x1b[K' : ''}\n`);
    },
  };
}
