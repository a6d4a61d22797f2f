import type { Snooze } from '../core/model';
import type { SnoozeChoice } from '../core/notify/snooze';
import type { ProviderRow } from '../core/view/overview';
import { ExternalLink } from '../ui/ExternalLink';
import { useLocale } from '../ui/i18n-context';
import { SeverityTag } from '../ui/SeverityTag';
import { TimeAgo } from '../ui/TimeAgo';
import { IncidentItem } from './IncidentItem';
import { SnoozeControl } from './SnoozeControl';
import { errorReason } from './words';

/** One assistant that needs attention: what is wrong, since when, and what its page last said. */
export interface ProviderCardProps {
  row: ProviderRow;
  snooze: Snooze | undefined;
  /** Epoch ms: while its page keeps failing, scheduled polls leave it until then (core/poll/backoff). */
  retryAt?: number | undefined;
  onSnooze: (choice: SnoozeChoice | undefined) => void;
}

/** A wait shorter than this is the next scheduled poll anyway: not worth a line. */
const WORTH_TELLING_MS = 60_000;

export function ProviderCard({ row, snooze, retryAt, onSnooze }: ProviderCardProps) {
  const { t, now } = useLocale();
  const { provider, state, severity } = row;
  const reading = state?.reading;
  const error = state?.error;
  const names = new Map((reading?.components ?? []).map((component) => [component.id, component.name]));
  const incidents = reading?.incidents ?? [];
  return (
    <article class={`card card--${severity}`} aria-labelledby={`provider-${provider.id}`}>
      <header class="card__header">
        <h3 id={`provider-${provider.id}`} class="card__name" title={reading ? t('popupSourceTitle', reading.source) : undefined}>
          {provider.name}
        </h3>
        {provider.statusPageUrl && (
          <ExternalLink
            class="card__status-link"
            href={provider.statusPageUrl}
            aria-label={t('popupStatusPageOf', provider.name)}
          >
            {t('popupOpenStatusPage')}
          </ExternalLink>
        )}
        <SeverityTag severity={severity} unstated={!error && reading?.unstated} />
      </header>
      {error && (
        <p class="card__error" role="note">
          {t('popupCouldNotRead', errorReason(error, t))}{' '}
          {state?.failingSince && (
            <>
              <TimeAgo iso={state.failingSince} template={(relative) => t('popupFailingSince', relative)} />{' '}
            </>
          )}
          {reading && <TimeAgo iso={reading.fetchedAt} template={(relative) => t('popupStale', relative)} />}
          {retryAt !== undefined && retryAt - now >= WORTH_TELLING_MS && (
            <>
              {' '}
              <TimeAgo iso={new Date(retryAt).toISOString()} template={(relative) => t('popupNextTry', relative)} />
            </>
          )}
        </p>
      )}
      {incidents.length > 0 ? (
        <ul class="incidents">
          {incidents.map((incident) => (
            <IncidentItem
              key={incident.id}
              incident={incident}
              provider={provider}
              componentNames={incident.componentIds.flatMap((id) => names.get(id) ?? [])}
            />
          ))}
        </ul>
      ) : (
        !error && severity !== 'maintenance' && <p class="card__note">{t('popupNoIncidentPosted')}</p>
      )}
      <SnoozeControl providerName={provider.name} snooze={snooze} canWaitForIncident={incidents.length > 0} onSnooze={onSnooze} />
    </article>
  );
}
