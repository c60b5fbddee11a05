import type { MessageKey } from '../i18n/index.ts';
import { agenciesView } from './agencies.ts';
import { compareView } from './compare.ts';
import { formsView } from './forms.ts';
import { heatmapView } from './heatmap.ts';
import { insightsView } from './insights.ts';
import { journeyView } from './journey.ts';
import { menusView } from './menus.ts';
import { overviewView } from './overview.ts';
import { pagesView } from './pages.ts';
import { replaysView } from './replays.ts';
import { scorecardView } from './scorecard.ts';
import { settingsView } from './settings.ts';
import type { View } from './view.ts';

export interface ViewEntry {
  name: string;
  label: MessageKey;
  view: View;
  /** Views that need no site filter (settings). */
  siteless?: boolean;
  /** Views reached by links only, not listed in the main menu (a session's journey). */
  hidden?: boolean;
}

/** Every view of the dashboard, in menu order. */
export const VIEWS: ViewEntry[] = [
  { name: 'overview', label: 'nav.overview', view: overviewView },
  { name: 'insights', label: 'nav.insights', view: insightsView },
  { name: 'menus', label: 'nav.menus', view: menusView },
  { name: 'forms', label: 'nav.forms', view: formsView },
  { name: 'pages', label: 'nav.pages', view: pagesView },
  { name: 'heatmap', label: 'nav.heatmap', view: heatmapView },
  { name: 'compare', label: 'nav.compare', view: compareView },
  { name: 'scorecard', label: 'nav.scorecard', view: scorecardView },
  { name: 'agencies', label: 'nav.agencies', view: agenciesView },
  { name: 'replays', label: 'nav.replays', view: replaysView },
  { name: 'settings', label: 'nav.settings', view: settingsView, siteless: true },
  { name: 'journey', label: 'nav.journey', view: journeyView, hidden: true },
];
