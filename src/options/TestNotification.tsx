import { useState } from 'preact/hooks';
import { useLocale } from '../ui/i18n-context';

type Outcome = 'idle' | 'sending' | 'sent' | 'failed';

/** Asks the worker for a test notification and says how it went. */
export function TestNotification({ onTest }: { onTest: () => Promise<void> }) {
  const { t } = useLocale();
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const sending = outcome === 'sending';
  const send = () => {
    if (sending) return;
    setOutcome('sending');
    onTest().then(
      () => setOutcome('sent'),
      (error: unknown) => {
        console.error('AI Outage Radar: the test notification failed', error);
        setOutcome('failed');
      },
    );
  };
  return (
    <div class="test">
      {/* Not `disabled` while sending: that would throw the keyboard focus away. */}
      <button type="button" class="button button--primary" onClick={send} aria-disabled={sending} aria-busy={sending}>
        {t('optionsTestButton')}
      </button>
      <p class="test__status" role="status">
        {sending ? t('optionsTestSending') : outcome === 'sent' ? t('optionsTestSent') : ''}
      </p>
      {outcome === 'failed' && (
        <p class="test__error" role="alert">
          {t('optionsTestFailed')}
        </p>
      )}
    </div>
  );
}
