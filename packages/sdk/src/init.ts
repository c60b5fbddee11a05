import { trackCustom } from './capture/custom.ts';
import { reportApiError } from './capture/errors/api-source.ts';
import { captureConstraintErrors } from './capture/errors/constraint.ts';
import { createErrorRegistry } from './capture/errors/registry.ts';
import { captureForms } from './capture/forms/forms.ts';
import { captureSuccess } from './capture/forms/success.ts';
import { capturePageViews } from './capture/page-view.ts';
import { type MinwonUx, noopApi, safeApi } from './core/api.ts';
import { type Config, resolveConfig, type SdkOptions } from './core/config.ts';
import { createContext } from './core/context.ts';
import { startLifecycle } from './core/lifecycle.ts';
import { SdkError } from './core/sdk-error.ts';
import { openSession } from './core/session.ts';
import { capturePageDwell } from './dwell/page-dwell.ts';
import { isOptedOut, privacySignal, setOptedOut } from './privacy/consent.ts';
import { createQueue } from './transport/queue.ts';

let started: MinwonUx | undefined;

/**
 * Starts capture. Throws {@link SdkError} on misuse (no site key, bad endpoint, started twice);
 * everything after that never throws. With `respectDnt`, Do-Not-Track/GPC visitors get a no-op API.
 *
 * @example
 * import { init } from '@minwon-ux/sdk';
 * const ux = init({ site: 'gov24-demo', endpoint: 'https://ux.example.go.kr' });
 * ux.markSuccess('apply');
 */
export function init(options: SdkOptions): MinwonUx {
  if (started) throw new SdkError('already_started', 'minwon-ux: init was already called on this page');
  const cfg = resolveConfig(options);
  if (cfg.respectDnt && privacySignal()) {
    started = noopApi;
    return started;
  }
  let api: MinwonUx = noopApi;
  const start = () => {
    api = wire(cfg);
  };
  const doc = document as Document & { prerendering?: boolean };
  if (doc.prerendering) document.addEventListener('prerenderingchange', start, { once: true });
  else start();
  started = safeApi({
    track: (n, p) => api.track(n, p),
    reportError: (f, m, k) => api.reportError(f, m, k),
    markSuccess: (f) => api.markSuccess(f),
    flush: () => api.flush(),
    optOut: () => {
      setOptedOut(true);
      api.optOut();
    },
    optIn: () => {
      setOptedOut(false);
      api.optIn();
    },
  });
  return started;
}

function wire(cfg: Config): MinwonUx {
  const now = Date.now;
  const session = openSession(now);
  const queue = createQueue({ url: `${cfg.endpoint}/v1/events`, site: cfg.site, flushMs: cfg.flushMs, now });
  let out = isOptedOut();
  const ctx = createContext(cfg, { next: session.next, push: queue.push, enabled: () => !out }, now);

  const forms = captureForms(ctx, (formId) => errors.round(formId));
  const errors = createErrorRegistry(ctx, forms.countError);
  capturePageViews(ctx);
  capturePageDwell(ctx);
  captureConstraintErrors(errors);
  const markSuccess = captureSuccess(ctx, forms);

  startLifecycle(ctx, () => queue.flush(true));

  return {
    track: (name, props) => trackCustom(ctx, name, props),
    reportError: (field, message, kind) => reportApiError(errors, field, message, kind),
    markSuccess,
    flush: () => queue.flush(),
    optOut: () => {
      out = true;
      queue.clear();
    },
    optIn: () => {
      out = false;
    },
  };
}
