import type { HistoryView } from '../core/history/view/view';
import type { Provider, State } from '../core/model';
import { activeSnooze } from '../core/notify/active-snooze';
import type { SnoozeChoice } from '../core/notify/snooze';
import type { Roster } from '../core/settings/roster';
import { MINUTE_MS } from '../core/time';
import { readEpisodes, readStoredVerdict } from '../core/traffic/verdict';
import { firstScreenOf, notCheckedScreen } from '../core/view/first-screen';
import { ownTrafficNotes } from '../core/view/own-traffic';
import type { ReliabilityFigure } from '../core/view/reliability-order';
import { useLocale } from '../ui/i18n-context';
import { SeverityTag } from '../ui/SeverityTag';
import { AffectedEntry } from './AffectedEntry';
import { BestAlternatives } from './BestAlternatives';
import { Header } from './Header';
import { useHistoryParts } from './history/useHistoryParts';
import { MoreAlternatives } from './MoreAlternatives';
import { NoStatusTag } from './NoStatusTag';
import { OtherList } from './OtherList';
import { OtherRow } from './OtherRow';
import { OwnTrafficNotes } from './OwnTrafficNotes';
import type { WatchOwnTraffic } from './OwnTrafficOffer';
import { useInitialFocus } from './useInitialFocus';

export interface PopupViewProps {
  state: State;
  /** Who is watched, as the worker resolved the settings; absent until the worker has written it. */
  roster: Roster | undefined;
  busy: boolean;
  onRefresh: () => void;
  /** Snooze (or, with no choice, resume) one assistant's notifications. */
  onSnooze: (providerId: string, choice: SnoozeChoice | undefined) => void;
  onOpen?: (provider: Provider) => void;
  onOpenOptions?: () => void;
  /** The browser says it is offline (navigator.onLine): the popup says so rather than list stale pages. */
  browserOffline?: boolean;
  /** Every assistant's last 90 days, once read (after the first render); absent, nothing of it is shown. */
  history?: HistoryView | undefined;
  /** Each assistant's 30-day reliability, read with the State: among equally healthy alternatives, the steadier first. */
  reliability?: Record<string, ReliabilityFigure> | undefined;
  /** What the user's own requests say, as stored (core/traffic/verdict reads it with its age). */
  trafficVerdict?: unknown;
  /** Each assistant's latest run of the user's own failing requests, as stored (core/traffic/episodes reads it). */
  trafficEpisodes?: unknown;
  /** Turn on watching the user's own requests to one assistant (asked from the click); the browser's by default. */
  onWatchOwnTraffic?: WatchOwnTraffic;
}

/**
 * The first screen answers (core/view/first-screen decides what): the headline, where to go instead, each
 * affected assistant as one row that opens; then the other alternatives, everyone else, and those with no
 * public status page. Every watched assistant once.
 */
export function PopupView({
  state,
  roster,
  busy,
  onRefresh,
  onSnooze,
  onOpen,
  onOpenOptions = () => {},
  browserOffline = false,
  history,
  reliability,
  trafficVerdict,
  trafficEpisodes,
  onWatchOwnTraffic,
}: PopupViewProps) {
  const { t, now } = useLocale();
  // Before the worker's first start has written the roster, nothing is known yet: "not checked yet".
  const screen = roster
    ? firstScreenOf(state, roster.watched, { browserOffline, ...(reliability ? { reliability } : {}) })
    : notCheckedScreen();
  const main = useInitialFocus<HTMLElement>();
  const ownTraffic = roster
    ? ownTrafficNotes(readStoredVerdict(trafficVerdict, Math.floor(now / MINUTE_MS)), state, roster.watched)
    : [];
  const runs = Object.fromEntries(readEpisodes(trafficEpisodes).episodes.map((run) => [run.providerId, run]));
  // The history's components load once its view has been read, after the first paint.
  const parts = useHistoryParts(history !== undefined);
  return (
    <main class="popup" ref={main}>
      <Header
        screen={screen}
        checkedAt={state.checkedAt}
        busy={busy}
        onRefresh={onRefresh}
        onOpenOptions={onOpenOptions}
        shed={state.shed === true}
      />
      <OwnTrafficNotes notes={ownTraffic} />
      <BestAlternatives best={screen.best} onOpen={onOpen} initialFocus={screen.focus === 'best'} />
      {screen.affected.length > 0 && (
        <section class="attention" aria-labelledby="attention-heading">
          <h2 id="attention-heading">{t('popupAffectedHeading')}</h2>
          {screen.affected.map((entry, index) => (
            <AffectedEntry
              key={entry.key}
              entry={entry}
              snoozes={Object.fromEntries(
                entry.assistants.map(({ row }) => [
                  row.provider.id,
                  activeSnooze(roster ?? { snoozes: [] }, row.provider.id, state, now),
                ]),
              )}
              onSnooze={onSnooze}
              initialFocus={screen.focus === 'affected' && index === 0}
              histories={history?.assistants}
              runs={runs}
              ownTraffic={roster?.ownTraffic}
              onWatchOwnTraffic={onWatchOwnTraffic}
            />
          ))}
        </section>
      )}
      {screen.alternatives.map((more) => (
        <MoreAlternatives key={more.category} more={more} onOpen={onOpen} />
      ))}
      {screen.rest.length > 0 && (
        <OtherList id="others" heading={screen.affected.length > 0 ? t('popupOthersHeading') : t('popupWatchedHeading')}>
          {screen.rest.map(({ row, stale }) => (
            <OtherRow
              key={row.provider.id}
              provider={row.provider}
              title={row.state?.reading ? t('popupSourceTitle', row.state.reading.source) : undefined}
              stale={stale}
              onOpen={onOpen}
            >
              <SeverityTag severity={row.severity} unstated={!row.state?.error && row.state?.reading?.unstated} />
            </OtherRow>
          ))}
        </OtherList>
      )}
      {screen.unmonitored.length > 0 && (
        <OtherList id="unmonitored" heading={t('popupUnmonitoredHeading')}>
          {screen.unmonitored.map((provider) => (
            <OtherRow key={provider.id} provider={provider} onOpen={onOpen}>
              <NoStatusTag />
            </OtherRow>
          ))}
        </OtherList>
      )}
      {history && roster && parts && <parts.HistorySection view={history} watched={roster.watched} />}
    </main>
  );
}
