import type { Severity } from '../core/model';
import type { SharedIncident } from '../core/view/affected';
import { safeStatusLink } from '../core/view/links';
import { ExternalLink } from '../ui/ExternalLink';
import { useLocale } from '../ui/i18n-context';
import { SeverityTag } from '../ui/SeverityTag';
import { TimeAgo } from '../ui/TimeAgo';
import { UpdateText } from './UpdateText';
import { nameList, statusWord } from './words';

export interface IncidentItemProps {
  shared: SharedIncident;
  /** The level its row's tag already says: the incident repeats no severity word unless its own differs. */
  shownSeverity: Severity;
  shownUnstated: boolean;
  /** Name the assistants it touches: its row stands for several. */
  nameAssistants: boolean;
}

/** One open incident: title linked to its page, status, start, its own level if it differs, parts, latest update. */
export function IncidentItem({ shared, shownSeverity, shownUnstated, nameAssistants }: IncidentItemProps) {
  const { t, language } = useLocale();
  const { incident, provider, affects, componentNames } = shared;
  const link = safeStatusLink(incident.url, provider);
  const ownLevel = incident.impact !== shownSeverity || (incident.unstated === true) !== shownUnstated;
  return (
    <li class="incident">
      {/* Feed text sits in <bdi> (isolated, its own direction): a right-to-left title cannot reorder the UI around it. */}
      <h3 class="incident__title">
        {link ? (
          <ExternalLink href={link}>
            <bdi>{incident.title}</bdi>
          </ExternalLink>
        ) : (
          <bdi>{incident.title}</bdi>
        )}
      </h3>
      <p class="incident__facts">
        {incident.status && (
          <span>
            {t('popupIncidentStatus', '')}
            <bdi>{statusWord(incident.status, t)}</bdi>
          </span>
        )}
        {incident.startedAt && <TimeAgo iso={incident.startedAt} template={(relative) => t('popupIncidentStarted', relative)} />}
        {ownLevel && (
          <span>
            {t('popupIncidentImpact', '')}
            <SeverityTag severity={incident.impact} unstated={incident.unstated} />
          </span>
        )}
      </p>
      {nameAssistants && (
        <p class="incident__assistants">
          {t(
            'popupIncidentAssistants',
            nameList(
              affects.map((assistant) => assistant.name),
              language,
            ),
          )}
        </p>
      )}
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
