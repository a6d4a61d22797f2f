import type { AssistantHistory } from '../core/history/view/view';
import type { Snooze } from '../core/model';
import type { SnoozeChoice } from '../core/notify/snooze';
import type { Roster } from '../core/settings/roster';
import type { TrafficEpisode } from '../core/traffic/episodes';
import type { AffectedEntry as Entry } from '../core/view/affected';
import { ExternalLink } from '../ui/ExternalLink';
import { useLocale } from '../ui/i18n-context';
import { SeverityTag } from '../ui/SeverityTag';
import { TimeAgo } from '../ui/TimeAgo';
import { useHistoryParts } from './history/useHistoryParts';
import { IncidentItem } from './IncidentItem';
import { OwnLeadLine } from './OwnLeadLine';
import { OwnTrafficOffer, type WatchOwnTraffic } from './OwnTrafficOffer';
import { SnoozeControl } from './SnoozeControl';
import { StaleNote } from './StaleNote';

export interface AffectedEntryProps {
  entry: Entry;
  /** The snooze in force for each of its assistants, by id. */
  snoozes: Record<string, Snooze | undefined>;
  onSnooze: (providerId: string, choice: SnoozeChoice | undefined) => void;
  /** Keyboard focus starts at its summary when the popup opens. */
  initialFocus: boolean;
  /** Each assistant's last 90 days, by id, once the popup has read them. */
  histories?: Record<string, AssistantHistory> | undefined;
  /** Each assistant's latest run of the user's own failing requests, by id: how much earlier than the page. */
  runs?: Readonly<Record<string, TrafficEpisode>>;
  /** Which assistants' own requests are watched, and which can be (the roster's). */
  ownTraffic?: Roster['ownTraffic'];
  onWatchOwnTraffic?: WatchOwnTraffic;
}

/**
 * One compact row (names, level, the worst incident's title, since when) that opens, by click or by
 * keyboard (a native disclosure), to the detail: every incident, what could not be read, each assistant's
 * last 90 days (once read), the status page, and snoozing.
 */
export function AffectedEntry({
  entry,
  snoozes,
  onSnooze,
  initialFocus,
  histories,
  runs = {},
  ownTraffic,
  onWatchOwnTraffic = async () => false,
}: AffectedEntryProps) {
  const { t } = useLocale();
  const { assistants, incidents, stale } = entry;
  const [first, ...others] = incidents;
  const levelsDiffer = assistants.some(
    (assistant) => assistant.severity !== entry.severity || assistant.unstated !== entry.unstated,
  );
  const statusPage = assistants.find((assistant) => assistant.row.provider.statusPageUrl)?.row.provider;
  // The strips load once the history has been read, after the first paint.
  const parts = useHistoryParts(histories !== undefined);
  return (
    <details class={`entry entry--${entry.severity}`} data-providers={entry.key}>
      <summary class="entry__summary" data-initial-focus={initialFocus ? '' : undefined}>
        <span class="entry__head">
          <span class="entry__names">
            {assistants.map(({ row }, index) => (
              <span key={row.provider.id}>
                {index > 0 && ', '}
                <span
                  class="entry__name"
                  title={row.state?.reading ? t('popupSourceTitle', row.state.reading.source) : undefined}
                >
                  {row.provider.name}
                </span>
              </span>
            ))}
          </span>
          <SeverityTag severity={entry.severity} unstated={entry.unstated} />
        </span>
        <span class="entry__line">
          {first ? (
            <>
              <bdi class="entry__title">{first.incident.title}</bdi>
              {others.length > 0 && <> {t('popupAndMore', String(others.length))}</>}
              {first.incident.startedAt && (
                <>
                  {' · '}
                  <TimeAgo iso={first.incident.startedAt} template={(relative) => t('popupIncidentStarted', relative)} />
                </>
              )}
            </>
          ) : (
            t('popupNoIncidentPosted')
          )}
        </span>
        <OwnLeadLine entry={entry} runs={runs} />
        {stale?.lastRead && (
          <span class="entry__stale">
            <TimeAgo iso={stale.lastRead.at} template={(relative) => t('popupCheckFailedShort', relative)} />
          </span>
        )}
      </summary>
      <div class="entry__detail">
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
      </div>
    </details>
  );
}
