import type { FirstScreen } from '../core/view/first-screen';
import { useLocale } from '../ui/i18n-context';
import { TimeAgo } from '../ui/TimeAgo';
import { GroupLine } from './GroupLine';
import { Headline } from './Headline';
import { SettingsButton } from './SettingsButton';

export interface HeaderProps {
  screen: FirstScreen;
  checkedAt: string | undefined;
  busy: boolean;
  onRefresh: () => void;
  onOpenOptions: () => void;
  /** The last check did not fit the browser's storage whole (see core/state/shed). */
  shed?: boolean;
}

/**
 * When it last checked and the two controls (check again, settings) on one line, then the headline across
 * the whole width: in German and at 320 px it must not share its line with the buttons.
 */
export function Header({ screen, checkedAt, busy, onRefresh, onOpenOptions, shed = false }: HeaderProps) {
  const { t } = useLocale();
  const { headline } = screen;
  return (
    <header class="summary">
      <div class="summary__bar">
        <p class="summary__checked">
          {checkedAt && <TimeAgo iso={checkedAt} template={(relative) => t('popupLastChecked', relative)} />}
        </p>
        <button
          type="button"
          class="refresh"
          onClick={onRefresh}
          disabled={busy}
          aria-busy={busy}
          data-initial-focus={screen.focus === 'refresh' ? '' : undefined}
        >
          <span class={busy ? 'refresh__spinner refresh__spinner--on' : 'refresh__spinner'} aria-hidden="true" />
          {busy ? t('popupRefreshing') : t('popupRefresh')}
        </button>
        <SettingsButton onOpen={onOpenOptions} />
      </div>
      <div aria-live="polite">
        <Headline headline={headline} />
        {headline.kind === 'offline' && (
          <>
            <p class="summary__note">{t('popupOfflineBody')}</p>
            {headline.lastKnown.length > 0 && (
              <p class="summary__note">
                {t('popupOfflineLastKnown', '')}
                {headline.lastKnown.map((group) => (
                  <GroupLine key={`${group.severity}${group.unstated}`} group={group} />
                ))}
              </p>
            )}
          </>
        )}
      </div>
      {shed && <p class="summary__note">{t('popupHistoryShed')}</p>}
    </header>
  );
}
