import { trafficHostPattern, trafficScopeOf } from '../catalog/traffic';
import type { Provider, Settings, Snooze } from '../model';
import { watchedProviders } from './settings';

/**
 * What the popup needs of the settings, resolved against the catalog by the worker: the watched assistants in
 * the user's order, the snoozes it shows, and how links open. The popup reads this instead of the catalog
 * and the settings reader, so it loads neither (nor their schema library).
 */
export interface Roster {
  version: 1;
  watched: Provider[];
  snoozes: Snooze[];
  focusOpenTabs: boolean;
  /**
   * The user's own requests (issue 17): which watched assistants are observed, and the web app host of each one
   * that can be with the access to ask for, for the popup's "Warn me when my own requests fail". Absent in a
   * roster written before it.
   */
  ownTraffic?: { on: string[]; apps: Record<string, { host: string; pattern: string }> };
}

export function rosterOf(settings: Settings): Roster {
  return {
    version: 1,
    // The popup never reads components: the ids stay with the worker, and the roster stays small.
    watched: watchedProviders(settings).map(({ componentIds: _kept, ...provider }) => provider),
    snoozes: settings.notifications.snoozes,
    focusOpenTabs: settings.focusOpenTabs,
    ownTraffic: {
      on: settings.ownTraffic,
      apps: Object.fromEntries(
        settings.watched.flatMap((id) => {
          const scope = trafficScopeOf(id);
          return scope ? [[id, { host: scope.host, pattern: trafficHostPattern(scope) }]] : [];
        }),
      ),
    },
  };
}
