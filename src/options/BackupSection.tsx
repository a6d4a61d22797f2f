import { useState } from 'preact/hooks';
import { hasOwnTrafficPermission, hasTabsPermission } from '../browser/permissions';
import { trafficHostPattern, trafficScopeOf } from '../core/catalog/traffic';
import type { Settings } from '../core/model';
import {
  MAX_SETTINGS_FILE_CHARS,
  parseSettingsFile,
  problemText,
  SETTINGS_FILE_NAME,
  settingsFileText,
} from '../core/settings/settings-file';
import { useLocale } from '../ui/i18n-context';
import { downloadText } from './download';
import { type Edit, replaceSettings } from './edits';

type Outcome = { kind: 'idle' } | { kind: 'imported'; tabsOff: boolean } | { kind: 'failed'; reason: string };

/** All settings to a file and back. A file that does not check out changes nothing, and the page says why. */
export function BackupSection({ settings, onEdit }: { settings: Settings; onEdit: (edit: Edit) => void }) {
  const { t } = useLocale();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  const importFile = (file: File) => {
    setOutcome({ kind: 'idle' });
    if (file.size > MAX_SETTINGS_FILE_CHARS) {
      setOutcome({ kind: 'failed', reason: problemText({ kind: 'tooLarge' }, t) });
      return;
    }
    void file
      .text()
      .then(async (text) => {
        const parsed = parseSettingsFile(text);
        if (!parsed.ok) {
          setOutcome({ kind: 'failed', reason: problemText(parsed.reason, t) });
          return;
        }
        // A file cannot grant a permission: without "tabs" the switch would promise what the popup cannot do.
        const allowed = parsed.settings.focusOpenTabs ? await hasTabsPermission().catch(() => false) : true;
        // Likewise each app whose requests it would observe: only those still granted stay on.
        const ownTraffic = await grantedOwnTraffic(parsed.settings.ownTraffic);
        const settings = { ...parsed.settings, ownTraffic };
        onEdit(replaceSettings(allowed ? settings : { ...settings, focusOpenTabs: false }));
        setOutcome({ kind: 'imported', tabsOff: !allowed });
      })
      .catch((error: unknown) => {
        console.error('AI Outage Radar: could not read the settings file', error);
        setOutcome({ kind: 'failed', reason: t('optionsImportReadFailed') });
      });
  };

  return (
    <section class="panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('optionsBackupHeading')}</h2>
      <p id="backup-hint" class="hint">
        {t('optionsBackupHint')}
      </p>
      <div class="backup">
        <button
          type="button"
          class="button"
          aria-describedby="backup-hint"
          onClick={() => downloadText(settingsFileText(settings), SETTINGS_FILE_NAME)}
        >
          {t('optionsExport')}
        </button>
        <div class="field field--wide">
          <label for="import-file">{t('optionsImport')}</label>
          <input
            type="file"
            id="import-file"
            accept=".json,application/json"
            aria-describedby="backup-hint"
            onChange={(event) => {
              const field = event.currentTarget;
              const file = field.files?.[0];
              // Emptied, so that choosing the same file again (after fixing it) is a change too.
              field.value = '';
              if (file) importFile(file);
            }}
          />
        </div>
      </div>
      <p class="backup__status" role="status">
        {outcome.kind === 'imported' ? t(outcome.tabsOff ? 'optionsImportedTabsOff' : 'optionsImported') : ''}
      </p>
      {outcome.kind === 'failed' && (
        <p class="backup__error" role="alert">
          {t('optionsImportFailed', outcome.reason)}
        </p>
      )}
    </section>
  );
}

async function grantedOwnTraffic(ids: readonly string[]): Promise<string[]> {
  const held = await Promise.all(
    ids.map(async (id) => {
      const scope = trafficScopeOf(id);
      return scope ? await hasOwnTrafficPermission(trafficHostPattern(scope)).catch(() => false) : false;
    }),
  );
  return ids.filter((_, index) => held[index]);
}
