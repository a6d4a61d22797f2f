import { useState } from 'preact/hooks';
import type { Provider } from '../core/model';
import { useLocale } from '../ui/i18n-context';

type Phase = 'offered' | 'asked' | 'refused';

/**
 * Asks the browser for access to one app's requests, from inside the click (App: browsers grant optional access
 * only on a user gesture), and tells the worker; answers whether the browser granted it.
 */
export type WatchOwnTraffic = (providerId: string, pattern: string) => Promise<boolean>;

/**
 * "Warn me when my own requests to Claude fail", in an affected assistant's detail: the moment the user asks
 * "is it them or me?" (issue 17). Once on, it says so; it is turned off on the options page.
 */
export function OwnTrafficOffer({
  provider,
  host,
  pattern,
  on,
  onWatch,
}: {
  provider: Provider;
  host: string;
  pattern: string;
  on: boolean;
  onWatch: WatchOwnTraffic;
}) {
  const { t } = useLocale();
  const [phase, setPhase] = useState<Phase>('offered');
  if (on) return <p class="own-offer own-offer--on">{t('popupOwnTrafficOn', provider.name)}</p>;

  const ask = () => {
    // Called within the click itself, before anything is awaited.
    const granted = onWatch(provider.id, pattern);
    setPhase('asked');
    // Granted, the roster the worker rewrites turns this into "watched"; refused, it says so here.
    granted.then(
      (yes) => {
        if (!yes) setPhase('refused');
      },
      () => setPhase('refused'),
    );
  };

  return (
    <div class="own-offer">
      <button type="button" class="link-button" onClick={ask} disabled={phase === 'asked'}>
        {t('popupOwnTrafficOffer', provider.name)}
      </button>
      {phase === 'asked' && (
        <p class="own-offer__note" role="status">
          {t('popupOwnTrafficAsked', host)}
        </p>
      )}
      {phase === 'refused' && (
        <p class="own-offer__note own-offer__note--refused" role="alert">
          {t('popupOwnTrafficRefused', host)}
        </p>
      )}
    </div>
  );
}
