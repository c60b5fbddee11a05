// Bundle entry for the evidence tests: exposes the insight card, the evidence panel, the overview's
// daily chart, the journey wording and the language switch on window.
import { renderEventsPerDay } from '../src/charts/events-per-day.ts';
import { setLang } from '../src/i18n/index.ts';
import { evidencePanel } from '../src/ui/evidence-panel.ts';
import { insightCard } from '../src/ui/insight-card.ts';
import { describeEntry } from '../src/views/journey.ts';

Object.assign(window, { evidence: { evidencePanel, insightCard, renderEventsPerDay, describeEntry, setLang } });
