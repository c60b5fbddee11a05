import { trackCustom } from './capture/custom.ts';
import { reportApiError } from './capture/errors/api-source.ts';
import { captureConstraintErrors } from './capture/errors/constraint.ts';
import { captureDomErrors } from './capture/errors/dom-sources.ts';
import { createErrorRegistry } from './capture/errors/registry.ts';
import { captureForms } from './capture/forms/forms.ts';
import { captureSuccess } from './capture/forms/success.ts';
import { captureQuickBack } from './capture/frustration/quick-back.ts';
import { captureMenus } from './capture/menus/menus.ts';
import { capturePageViews } from './capture/page-view.ts';
import { captureSpaNavigation } from './capture/spa.ts';
import { captureSteps } from './capture/steps.ts';
import { facade, type MinwonUx } from './core/api.ts';
import { type Config, resolveConfig, type SdkOptions } from './core/config.ts';
import { createContext } from './core/context.ts';
import { createDomObserver } from './core/dom-observer.ts';
import { loadExtensions } from './core/ext-host.ts';
import { startLifecycle } from './core/lifecycle.ts';
import { SdkError } from './core/sdk-error.ts';
import { openSession } from './core/session.ts';
import { captureFieldDwell } from './dwell/field-dwell.ts';
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
  if (started) throw new SdkError('already_started', 'minwon-ux: started twice');
  const cfg = resolveConfig(options);
  let api: MinwonUx | undefined;
  started = facade(() => api);
  if (cfg.respectDnt && privacySignal()) return started;
  const start = () => {
    api = wire(cfg);
  };
  if ((document as { prerendering?: boolean }).prerendering)
    document.addEventListener('prerenderingchange', start, { once: true });
  else start();
  return started;
}

function wire(cfg: Config): MinwonUx {
  const now = Date.now;
  const session = openSession(now);
  const queue = createQueue(`${cfg.endpoint}/v1/events`, cfg.site, cfg.flushMs, now);
  let out = isOptedOut();
  const ctx = createContext(cfg, { next_: session.next_, push_: queue.push_, enabled_: () => !out }, now);

  const dom = createDomObserver();
  const forms = captureForms(ctx, (formId) => {
    errors.round_(formId);
    domErrors.rescan_(formId);
  });
  const errors = createErrorRegistry(ctx, forms.countError_);
  capturePageViews(ctx);
  captureQuickBack(ctx);
  capturePageDwell(ctx);
  captureFieldDwell(ctx);
  captureConstraintErrors(errors);
  const domErrors = captureDomErrors(ctx, dom, errors, forms.resume_);
  const markSuccess = captureSuccess(ctx, forms, dom);
  captureMenus(ctx, dom);
  captureSteps(ctx, dom);

  const navigate = startLifecycle(ctx, () => queue.flush_(true));
  captureSpaNavigation(ctx, navigate);
  loadExtensions({ ctx, dom, cfg, sid: session.id_, enabled: () => !out, clicks: [] });

  return {
    track: (name, props) => trackCustom(ctx, name, props),
    reportError: (field, message, kind) => reportApiError(errors, field, message, kind),
    markSuccess,
    flush: () => queue.flush_(),
    optOut: () => {
      setOptedOut(true);
      out = true;
      queue.clear_();
    },
    optIn: () => {
      setOptedOut(false);
      out = false;
    },
  };
}
