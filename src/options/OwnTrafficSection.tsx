import { useState } from 'preact/hooks';
import { releaseOwnTrafficPermission, requestOwnTrafficPermission } from '../browser/permissions';
import { trafficHostPattern, trafficScopeOf } from '../core/catalog/traffic';
import type { Settings } from '../core/model';
import { watchedProviders } from '../core/settings/settings';
import { useLocale } from '../ui/i18n-context';
import { Checkbox } from './Checkbox';
import { type Edit, editNotifications, setOwnTraffic } from './edits';

/**
 * Opt-in, per assistant, to being warned when the user's own requests in its web app fail (issue 17). Observing
 * needs `webRequest` and that app's host: asked when the user turns it on, and given back when they turn it off,
 * so that the radar never holds access to a site nobody asked it to watch.
 */
export function OwnTrafficSection({ settings, onEdit }: { settings: Settings; onEdit: (edit: Edit) => void }) {
  const { t } = useLocale();
  // Counts, not flags: a second refusal must render again so that the box the click checked is unchecked.
  const [refusals, setRefusals] = useState<Readonly<Record<string, number>>>({});
  const forget = (providerId: string) =>
    setRefusals((counts) => Object.fromEntries(Object.entries(counts).filter(([id]) => id !== providerId)));

  const choices = watchedProviders(settings).flatMap((provider) => {
    const scope = trafficScopeOf(provider.id);
    return scope ? [{ provider, pattern: trafficHostPattern(scope), host: scope.host }] : [];
  });

  const turn = (providerId: string, pattern: string, on: boolean) => {
    if (!on) {
      forget(providerId);
      onEdit(setOwnTraffic(providerId, false));
      // webRequest goes too once no assistant is left on: nothing is to be observed then.
      const anyLeft = settings.ownTraffic.some((id) => id !== providerId);
      void releaseOwnTrafficPermission(pattern, anyLeft);
      return;
    }
    // Straight from the change event: Firefox grants an optional permission only on a user gesture.
    void requestOwnTrafficPermission(pattern)
      .catch((error: unknown) => {
        console.error('AI Outage Radar: the request to observe', pattern, 'failed', error);
        return false;
      })
      .then((granted) => {
        if (granted) {
          forget(providerId);
          onEdit(setOwnTraffic(providerId, true));
        } else {
          setRefusals((counts) => ({ ...counts, [providerId]: (counts[providerId] ?? 0) + 1 }));
        }
      });
  };

  return (
    <section class="panel" aria-labelledby="own-traffic-heading">
      <h2 id="own-traffic-heading">{t('optionsOwnTrafficHeading')}</h2>
      <p class="hint">{t('optionsOwnTrafficHint')}</p>
      {choices.length === 0 && <p>{t('optionsOwnTrafficNone')}</p>}
      {choices.map(({ provider, pattern, host }) => {
        const on = settings.ownTraffic.includes(provider.id);
        return (
          <div key={provider.id}>
            <Checkbox
              id={`own-traffic-${provider.id}`}
              label={t('optionsOwnTrafficLabel', provider.name)}
              checked={on}
              onChange={(checked) => turn(provider.id, pattern, checked)}
            />
            {(refusals[provider.id] ?? 0) > 0 && !on && (
              <p class="own-traffic__error" role="alert">
                {t('optionsOwnTrafficRefused', host)}
              </p>
            )}
          </div>
        );
      })}
      {choices.length > 0 && (
        <Checkbox
          id="own-traffic-notify"
          label={t('optionsOwnTrafficNotify')}
          hint={t('optionsOwnTrafficNotifyHint')}
          checked={settings.notifications.ownTraffic}
          // Nothing to notify of until an assistant is on, nor with every notification off.
          disabled={settings.ownTraffic.length === 0 || !settings.notifications.enabled}
          onChange={(ownTraffic) => onEdit(editNotifications({ ownTraffic }))}
        />
      )}
    </section>
  );
}
