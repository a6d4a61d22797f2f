import type { Incident, Provider } from '../core/model';
import { safeStatusLink } from '../core/view/links';
import { ExternalLink } from '../ui/ExternalLink';
import { useLocale } from '../ui/i18n-context';
import { SeverityTag } from '../ui/SeverityTag';
import { TimeAgo } from '../ui/TimeAgo';
import { UpdateText } from './UpdateText';
import { statusWord } from './words';

export function IncidentItem({
  incident,
  provider,
  componentNames,
}: {
  incident: Incident;
  provider: Provider;
  componentNames: string[];
}) {
  const { t } = useLocale();
  const link = safeStatusLink(incident.url, provider);
  return (
    <li class="incident">
      {/* Feed text sits in <bdi> (isolated, its own direction): a right-to-left title cannot reorder the UI around it. */}
      <h4 class="incident__title">
        {link ? (
          <ExternalLink href={link}>
            <bdi>{incident.title}</bdi>
          </ExternalLink>
        ) : (
          <bdi>{incident.title}</bdi>
        )}
      </h4>
      <p class="incident__facts">
        <span>
          {t('popupIncidentStatus', '')}
          <bdi>{statusWord(incident.status, t)}</bdi>
        </span>
        <span>
          {t('popupIncidentImpact', '')}
          <SeverityTag severity={incident.impact} unstated={incident.unstated} />
        </span>
        {incident.startedAt && <TimeAgo iso={incident.startedAt} template={(relative) => t('popupIncidentStarted', relative)} />}
      </p>
      {componentNames.length > 0 && (
        <p class="incident__components">
          {t('popupAffectedComponents', '')}
          {componentNames.map((name, index) => (
            // Each name in its own <bdi>: one right-to-left name cannot reorder the list or its label.
            <span key={index}>
              {index > 0 && ', '}
              <bdi>{name}</bdi>
            </span>
          ))}
        </p>
      )}
      {incident.latestUpdate?.body && (
        <p class="incident__update">
          <span class="incident__update-label">
            <TimeAgo iso={incident.latestUpdate.at} template={(relative) => t('popupLatestUpdate', relative)} />
          </span>{' '}
          <UpdateText text={incident.latestUpdate.body} id={`update-${provider.id}-${incident.id}`} />
        </p>
      )}
    </li>
  );
}
