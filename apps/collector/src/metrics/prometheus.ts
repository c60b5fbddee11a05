/** A tiny Prometheus text-exposition registry (format 0.0.4): counters, gauges, histograms. */

type Labels = Record<string, string>;

const escapeValue = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const labelText = (labels: Labels) => {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeValue(v)}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
};

interface Metric {
  render(): string;
}

/**
 * Holds metrics and renders them for `GET /metrics`. Label values must come from closed sets (codes,
 * table names), never from request content: the number of series stays bounded.
 *
 * @example
 * const registry = new Registry();
 * const accepted = registry.counter('minwon_events_accepted_total', 'Events acknowledged.');
 * accepted.inc({ endpoint: 'events' }, 20);
 * registry.render();
 */
export class Registry {
  private readonly metrics: Metric[] = [];

  counter(name: string, help: string) {
    const values = new Map<string, number>();
    this.metrics.push({
      render: () =>
        `# HELP ${name} ${help}\n# TYPE ${name} counter\n` +
        [...values].map(([labels, value]) => `${name}${labels} ${value}\n`).join(''),
    });
    return {
      inc(labels: Labels = {}, by = 1) {
        const key = labelText(labels);
        values.set(key, (values.get(key) ?? 0) + by);
      },
    };
  }

  gauge(name: string, help: string, read: () => number): void {
    this.metrics.push({ render: () => `# HELP ${name} ${help}\n# TYPE ${name} gauge\n${name} ${read()}\n` });
  }

  histogram(name: string, help: string, buckets: readonly number[]) {
    const series = new Map<string, { counts: number[]; sum: number; count: number }>();
    this.metrics.push({
      render: () => {
        let out = `# HELP ${name} ${help}\n# TYPE ${name} histogram\n`;
        for (const [labels, s] of series) {
          const prefix = labels ? `${labels.slice(0, -1)},` : '{';
          buckets.forEach((le, i) => {
            out += `${name}_bucket${prefix}le="${le}"} ${s.counts[i]}\n`;
          });
          out += `${name}_bucket${prefix}le="+Inf"} ${s.count}\n${name}_sum${labels} ${s.sum}\n${name}_count${labels} ${s.count}\n`;
        }
        return out;
      },
    });
    return {
      observe(labels: Labels, value: number) {
        const key = labelText(labels);
        const s = series.get(key) ?? { counts: buckets.map(() => 0), sum: 0, count: 0 };
        series.set(key, s);
        buckets.forEach((le, i) => {
          if (value <= le) s.counts[i]! += 1;
        });
        s.sum += value;
        s.count += 1;
      },
    };
  }

  render(): string {
    return this.metrics.map((m) => m.render()).join('');
  }
}
