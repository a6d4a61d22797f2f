import { durationWords, timeOfDay } from '../core/time';
import type { TrafficEpisode } from '../core/traffic/episodes';
import type { AffectedEntry } from '../core/view/affected';
import { ownLeadMinutes } from '../core/view/own-traffic';
import { useLocale } from '../ui/i18n-context';

/**
 * How much earlier than the status page the user's own requests began failing (issue 17), in an affected row:
 * "Your own requests failed from 14:02, 12 minutes before the status page's incident began". One line for each
 * assistant of the row that has such a lead; nothing when none has.
 */
export function OwnLeadLine({ entry, runs }: { entry: AffectedEntry; runs: Readonly<Record<string, TrafficEpisode>> }) {
  const { t, language } = useLocale();
  const leads = entry.assistants.flatMap(({ row }) => {
    const run = runs[row.provider.id];
    const starts = (row.state?.reading?.incidents ?? []).map((incident) => incident.startedAt);
    const minutes = ownLeadMinutes(run, starts);
    return run && minutes !== undefined ? [{ name: row.provider.name, from: timeOfDay(run.firstMinute, language), minutes }] : [];
  });
  if (leads.length === 0) return null;
  const single = entry.assistants.length === 1;
  return (
    <>
      {leads.map(({ name, from, minutes }) => (
        <span key={name} class="entry__own">
          {single
            ? t('popupOwnTrafficLead', [from, durationWords(minutes, language)])
            : t('popupOwnTrafficLeadOf', [name, from, durationWords(minutes, language)])}
        </span>
      ))}
    </>
  );
}
