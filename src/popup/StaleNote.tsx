import type { Staleness } from '../core/view/affected';
import { useLocale } from '../ui/i18n-context';
import { TimeAgo } from '../ui/TimeAgo';
import { errorReason, severityWord } from './words';

/** A wait shorter than this is the next scheduled poll anyway: not worth a line. */
const WORTH_TELLING_MS = 60_000;

/**
 * Why a page could not be read, since when, and what is shown instead: the last reading's level and when
 * it was read ("Last read 5 minutes ago: Partial outage."), or that nothing was ever read from it.
 */
export function StaleNote({ stale }: { stale: Staleness }) {
  const { t, now } = useLocale();
  const { error, failingSince, lastRead, retryAt } = stale;
  return (
    <p class="stale-note" role="note">
      {t('popupCouldNotRead', errorReason(error, t))}{' '}
      {failingSince && (
        <>
          <TimeAgo iso={failingSince} template={(relative) => t('popupFailingSince', relative)} />{' '}
        </>
      )}
      {lastRead ? (
        <TimeAgo
          iso={lastRead.at}
          template={(relative) => t('popupLastRead', [relative, severityWord(lastRead.severity, lastRead.unstated, t)])}
        />
      ) : (
        t('popupNeverRead')
      )}
      {retryAt !== undefined && retryAt - now >= WORTH_TELLING_MS && (
        <>
          {' '}
          <TimeAgo iso={new Date(retryAt).toISOString()} template={(relative) => t('popupNextTry', relative)} />
        </>
      )}
    </p>
  );
}
