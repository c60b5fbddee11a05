import { write } from '../core/storage.ts';
import { showSurveyDialog } from './dialog.ts';
import { SURVEY_KEY } from './trigger.ts';

/**
 * The survey chunk (`sdk-survey.js`), loaded by the extension chunk after a form success on a site
 * with `data-survey="1"` (see `trigger.ts`). Built with the core's mangle cache: it emits through the
 * core's own context. Offering the question counts as the month's one offer for that form, answered
 * or not.
 */
function start(): void {
  const host = window.minwonUxExt;
  if (!host) return;
  const { ctx } = host;
  let showing = false;
  window.minwonUxSurvey = (formId: string) => {
    if (showing || !host.enabled() || !document.body) return;
    showing = true;
    write('localStorage', SURVEY_KEY + formId, new Date(ctx.now_()).toISOString().slice(0, 7));
    showSurveyDialog(document, {
      answer: (rating) => ctx.emit_({ kind: 'survey_answer', ...(formId ? { formId } : {}), rating }),
      closed: () => {
        showing = false;
      },
    });
  };
}

start();
