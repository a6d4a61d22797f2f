import type { AssistantHistory } from '../../core/history/view/view';
import { relativeTime } from '../../core/time';
import { useLocale } from '../../ui/i18n-context';
import { basisText, uptimeText } from './words';

/**
 * Under a strip: the uptime the page publishes (only when it does), where the days come from, and, when the
 * last read of the page failed, how old the copy shown is, so that old days are never taken for today's.
 */
export function StripNotes({ history }: { history: AssistantHistory }) {
  const { t, language, now } = useLocale();
  const uptime = uptimeText(history.uptimes, t, language);
  const { readAtMs, failedAtMs } = history;
  // A failure older than the last good read was made good since: the copy is current.
  const failed = failedAtMs !== undefined && (readAtMs === undefined || failedAtMs > readAtMs);
  return (
    <div class="strip__notes">
      <p>
        {uptime && (
          <>
            <span class="strip__uptime">{uptime}</span>
            {' · '}
          </>
        )}
        <span class="strip__basis">{basisText(history, t, language)}</span>
      </p>
      {failed && (
        <p class="strip__stale">
          {readAtMs === undefined
            ? t('historyNeverRead')
            : t('historyStaleCopy', relativeTime(new Date(readAtMs).toISOString(), now, language))}
        </p>
      )}
    </div>
  );
}
