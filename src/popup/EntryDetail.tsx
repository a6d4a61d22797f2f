import type { AssistantHistory } from '../core/history/view/view';
import type { Snooze } from '../core/model';
import type { SnoozeChoice } from '../core/notify/snooze';
import type { Roster } from '../core/settings/roster';
import type { AffectedEntry as Entry } from '../core/view/affected';
import { ExternalLink } from '../ui/ExternalLink';
import { useLocale } from '../ui/i18n-context';
import { SeverityTag } from '../ui/SeverityTag';
import { useHistoryParts } from './history/useHistoryParts';
import { IncidentItem } from './IncidentItem';
import { OwnTrafficOffer, type WatchOwnTraffic } from './OwnTrafficOffer';
import { SnoozeControl } from './SnoozeControl';
import { StaleNote } from './StaleNote';
import { watchOwnTraffic } from './watch-own-traffic';

export interface EntryDetailProps {
  entry: Entry;
  /** The snooze in force for each of its assistants, by id. */
  snoozes: Record<string, Snooze | undefined>;
  onSnooze: (providerId: string, choice: SnoozeChoice | undefined) => void;
  /** Each assistant's last 90 days, by id, once the popup has read them. */
  histories?: Record<string, AssistantHistory> | undefined;
  /** Which assistants' own requests are watched, and which can be (the roster's). */
  ownTraffic?: Roster['ownTraffic'];
  /** Asks for access to an app's requests from the click; the browser's, unless a test gives its own. */
  onWatchOwnTraffic?: WatchOwnTraffic | undefined;
}

/**
 * What an affected row opens to: each assistant's level where they differ, what could not be read, every
 * incident, each assistant's last 90 days (once read), the status page, watching the user's own requests, and
 * snoozing. Behind a click, so it loads after the first paint (detail-parts).
 */
export function EntryDetail({
  entry,
  snoozes,
  onSnooze,
  histories,
  ownTraffic,
  onWatchOwnTraffic = watchOwnTraffic,
}: EntryDetailProps) {
  const { t } = useLocale();
  const { assistants, incidents, stale } = entry;
  const levelsDiffer = assistants.some(
    (assistant) => assistant.severity !== entry.severity || assistant.unstated !== entry.unstated,
  );
  const statusPage = assistants.find((assistant) => assistant.row.provider.statusPageUrl)?.row.provider;
  // The strips load once the history has been read, after the first paint.
  const parts = useHistoryParts(histories !== undefined);
  return (
    <>
      {levelsDiffer && (
        <ul class="entry__levels">
          {assistants.map(({ row, severity, unstated }) => (
            <li key={row.provider.id}>
              {row.provider.name} <SeverityTag severity={severity} unstated={unstated} />
            </li>
          ))}
        </ul>
      )}
      {stale && <StaleNote stale={stale} />}
      {incidents.length > 0 && (
        <ul class="incidents">
          {incidents.map((shared) => (
            <IncidentItem
              key={shared.incident.id}
              shared={shared}
              shownSeverity={entry.severity}
              shownUnstated={entry.unstated}
              nameAssistants={assistants.length > 1}
            />
          ))}
        </ul>
      )}
      {assistants.map(({ row }) => {
        const history = histories?.[row.provider.id];
        return (
          history &&
          parts && (
            <div key={row.provider.id} class="entry__history">
              <p class="entry__history-heading">{t('historyStripLabel', row.provider.name)}</p>
              <parts.HistoryStrip history={history} name={row.provider.name} />
            </div>
          )
        );
      })}
      {statusPage?.statusPageUrl && (
        <p class="entry__links">
          <ExternalLink href={statusPage.statusPageUrl} aria-label={t('popupStatusPageOf', statusPage.name)}>
            {t('popupOpenStatusPage')}
          </ExternalLink>
        </p>
      )}
      {assistants.map(({ row }) => {
        const app = ownTraffic?.apps[row.provider.id];
        return (
          app && (
            <OwnTrafficOffer
              key={row.provider.id}
              provider={row.provider}
              host={app.host}
              pattern={app.pattern}
              on={ownTraffic.on.includes(row.provider.id)}
              onWatch={onWatchOwnTraffic}
            />
          )
        );
      })}
      {assistants.map(({ row }) => (
        <SnoozeControl
          key={row.provider.id}
          providerName={row.provider.name}
          snooze={snoozes[row.provider.id]}
          canWaitForIncident={(row.state?.reading?.incidents.length ?? 0) > 0}
          onSnooze={(choice) => onSnooze(row.provider.id, choice)}
        />
      ))}
    </>
  );
}
