import type { MessageKey } from '../i18n/index.ts';
import { overviewView } from './overview.ts';
import type { View } from './view.ts';

export interface ViewEntry {
  name: string;
  label: MessageKey;
  view: View;
  /** Views that need no site filter (settings). */
  siteless?: boolean;
}

/** Every view of the dashboard, in menu order. */
export const VIEWS: ViewEntry[] = [{ name: 'overview', label: 'nav.overview', view: overviewView }];
