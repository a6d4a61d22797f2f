import type { AssistantHistory } from '../core/history/view/view';
import type { Snooze } from '../core/model';
import type { SnoozeChoice } from '../core/notify/snooze';
import type { Roster } from '../core/settings/roster';
import type { TrafficEpisode } from '../core/traffic/episodes';
import type { AffectedEntry as Entry } from '../core/view/affected';
import { useLocale } from '../ui/i18n-context';
import { SeverityTag } from '../ui/SeverityTag';
import { TimeAgo } from '../ui/TimeAgo';
import { OwnLeadLine } from './OwnLeadLine';
import type { WatchOwnTraffic } from './OwnTrafficOffer';
import { useDetailParts } from './useDetailParts';

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
  onWatchOwnTraffic?: WatchOwnTraffic | undefined;
}

/**
 * One compact row (names, level, the worst incident's title, since when, how much earlier the user's own
 * requests failed) that opens, by click or by keyboard (a native disclosure), to the detail (EntryDetail).
 */
export function AffectedEntry({
  entry,
  snoozes,
  onSnooze,
  initialFocus,
  histories,
  runs = {},
  ownTraffic,
  onWatchOwnTraffic,
}: AffectedEntryProps) {
  const { t } = useLocale();
  const { assistants, incidents, stale } = entry;
  const [first, ...others] = incidents;
  // What the row opens to loads after the first paint; the row is closed until the user opens it.
  const detail = useDetailParts(true);
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
        {detail && (
          <detail.EntryDetail
            entry={entry}
            snoozes={snoozes}
            onSnooze={onSnooze}
            histories={histories}
            ownTraffic={ownTraffic}
            onWatchOwnTraffic={onWatchOwnTraffic}
          />
        )}
      </div>
    </details>
  );
}
