import { useEffect, useRef, useState } from 'preact/hooks';
import { type DiscoveryFailure, requestDiscovery } from '../browser/discovery-request';
import { hasHostPermission, removeHostPermissions, requestHostPermission } from '../browser/permissions';
import { CATEGORIES } from '../core/catalog/providers';
import {
  buildCustomPage,
  type CustomPageRequest,
  checkCustomPageForm,
  discoveryFailureText,
  formProblemText,
  platformLabel,
  withCustomPage,
} from '../core/discovery/custom-page';
import type { Translate } from '../core/i18n';
import type { Category, Settings } from '../core/model';
import { CUSTOM_NAME_MAX_LENGTH, MAX_CUSTOM_PAGES } from '../core/settings/stored-settings';
import { useLocale } from '../ui/i18n-context';
import type { SaveEdit } from './edits';

/**
 * options.css styles selects and time fields only; text fields get the same look here (the section keeps
 * its few styles to itself rather than edit the page's shared stylesheet).
 */
function fieldStyle(invalid: boolean) {
  return {
    width: '100%',
    maxWidth: '480px',
    padding: '5px 8px',
    border: `1px solid ${invalid ? 'var(--major_outage)' : 'var(--border)'}`,
    borderRadius: '6px',
    background: 'var(--bg)',
    color: 'var(--text)',
  };
}

const FORM_STYLE = { display: 'grid', gap: '12px' };
const ERROR_STYLE = { color: 'var(--major_outage)', fontWeight: 600 };

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string; field?: 'custom-url' | 'custom-chat-url' };

/**
 * Adds a status page: checks the form, asks for access to its host (the submit is the user action the
 * browser wants), has the worker find its platform, then saves it watched. Nothing is saved, and access asked for here is
 * given back, when any step fails.
 */
export function CustomPageForm({ settings, onEdit }: { settings: Settings; onEdit: SaveEdit }) {
  const { t } = useLocale();
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [category, setCategory] = useState<Category>('chat');
  const [chatUrl, setChatUrl] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const mounted = useRef(true);
  // Set at once, unlike the rendered state: a second submit in the same moment asks nothing more.
  const inFlight = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const busy = outcome.kind === 'busy';
  // The reader keeps no more (core/settings/stored-settings): a page added past the cap would vanish unsaid.
  const full = settings.customPages.length >= MAX_CUSTOM_PAGES;

  const show = (next: Outcome) => {
    if (mounted.current) setOutcome(next);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (inFlight.current) return;
    if (full) {
      setOutcome({ kind: 'error', text: t('customLimitReached', String(MAX_CUSTOM_PAGES)) });
      return;
    }
    const checked = checkCustomPageForm({ statusPageUrl: url, name, category, chatUrl }, settings);
    if (!checked.ok) {
      const field = checked.problem.kind === 'chat_url_invalid' ? 'custom-chat-url' : 'custom-url';
      setOutcome({ kind: 'error', text: formProblemText(checked.problem, t), field });
      document.getElementById(field)?.focus();
      return;
    }
    const { request } = checked;
    // Both asked right here, before any await: Firefox grants only from the user action's own handler, and
    // what was granted before this click must not be given back if the page turns out unreadable.
    const hadAccess = hasHostPermission(request.permission).catch(() => false);
    const granted = requestHostPermission(request.permission);
    inFlight.current = true;
    setOutcome({ kind: 'busy', text: t('customAsking', request.host) });
    void addPage(request, granted, hadAccess, t, (text) => show({ kind: 'busy', text })).then(async (result) => {
      if (!result.ok) {
        inFlight.current = false;
        show({ kind: 'error', text: result.text });
        return;
      }
      // Another page may have filled the cap meanwhile: the page is then not added, and the cap's note shows.
      const saved = await onEdit((current) =>
        roomFor(current, result.page.id) ? withCustomPage(current, result.page) : current,
      );
      inFlight.current = false;
      // "Added" only once it is in storage: the popup and the worker read it from there.
      if (!saved) {
        show({ kind: 'error', text: t('optionsSaveFailed') });
        return;
      }
      if (mounted.current) {
        setUrl('');
        setName('');
        setChatUrl('');
      }
      show({ kind: 'done', text: t('customAdded', [result.page.name, platformLabel(result.page.platform, t)]) });
    });
  };

  const urlInvalid = outcome.kind === 'error' && outcome.field === 'custom-url';
  const chatInvalid = outcome.kind === 'error' && outcome.field === 'custom-chat-url';
  return (
    <form class="custom-form" aria-labelledby="custom-heading" noValidate onSubmit={submit} style={FORM_STYLE}>
      <div class="field">
        <label for="custom-url">{t('customUrlLabel')}</label>
        <input
          type="url"
          id="custom-url"
          style={fieldStyle(urlInvalid)}
          value={url}
          required
          autoComplete="url"
          spellcheck={false}
          aria-invalid={urlInvalid}
          aria-describedby={urlInvalid ? 'custom-url-hint custom-error' : 'custom-url-hint'}
          onInput={(event) => setUrl(event.currentTarget.value)}
        />
        <p id="custom-url-hint" class="hint">
          {t('customUrlHint')}
        </p>
      </div>
      <div class="field">
        <label for="custom-name">{t('customNameLabel')}</label>
        <input
          type="text"
          id="custom-name"
          style={fieldStyle(false)}
          value={name}
          maxLength={CUSTOM_NAME_MAX_LENGTH}
          aria-describedby="custom-name-hint"
          onInput={(event) => setName(event.currentTarget.value)}
        />
        <p id="custom-name-hint" class="hint">
          {t('customNameHint')}
        </p>
      </div>
      <div class="field">
        <label for="custom-category">{t('customCategoryLabel')}</label>
        <select
          id="custom-category"
          value={category}
          onChange={(event) => {
            const chosen = CATEGORIES.find((choice) => choice === event.currentTarget.value);
            if (chosen) setCategory(chosen);
          }}
        >
          {CATEGORIES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`category_${choice}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="custom-chat-url">{t('customChatUrlLabel')}</label>
        <input
          type="url"
          id="custom-chat-url"
          style={fieldStyle(chatInvalid)}
          value={chatUrl}
          autoComplete="url"
          spellcheck={false}
          aria-invalid={chatInvalid}
          aria-describedby={chatInvalid ? 'custom-chat-url-hint custom-error' : 'custom-chat-url-hint'}
          onInput={(event) => setChatUrl(event.currentTarget.value)}
        />
        <p id="custom-chat-url-hint" class="hint">
          {t('customChatUrlHint')}
        </p>
      </div>
      {full && (
        <p id="custom-limit" class="hint">
          {t('customLimitReached', String(MAX_CUSTOM_PAGES))}
        </p>
      )}
      {/* Not `disabled` while busy: that would throw the keyboard focus away. */}
      <button
        type="submit"
        class="button button--primary"
        aria-disabled={busy || full}
        aria-busy={busy}
        {...(full ? { 'aria-describedby': 'custom-limit' } : {})}
        style={{ justifySelf: 'start' }}
      >
        {t('customAddButton')}
      </button>
      <p class="custom-form__status" role="status">
        {outcome.kind === 'busy' || outcome.kind === 'done' ? outcome.text : ''}
      </p>
      {outcome.kind === 'error' && (
        <p id="custom-error" class="custom-form__error" role="alert" style={ERROR_STYLE}>
          {outcome.text}
        </p>
      )}
    </form>
  );
}

/** A page already there is replaced, not added; a new one needs room under the cap. */
function roomFor(settings: Settings, id: string): boolean {
  return settings.customPages.length < MAX_CUSTOM_PAGES || settings.customPages.some((page) => page.id === id);
}

type Added = { ok: true; page: ReturnType<typeof buildCustomPage> } | { ok: false; text: string };

/** The steps after the click: the user's answer, then discovery; access is given back if discovery fails. */
async function addPage(
  request: CustomPageRequest,
  granted: Promise<boolean>,
  hadAccess: Promise<boolean>,
  t: Translate,
  progress: (text: string) => void,
): Promise<Added> {
  let allowed: boolean;
  try {
    allowed = await granted;
  } catch (error) {
    console.error('AI Outage Radar: the permission request failed', error);
    return { ok: false, text: t('customErrorPermissionFailed', request.host) };
  }
  if (!allowed) return { ok: false, text: t('customErrorPermissionRefused', request.host) };
  progress(t('customChecking', request.host));
  // The worker reads the page: the options page never fetches or parses feeds.
  const found = await requestDiscovery(request.pageUrl);
  if (!found.ok) {
    if (!(await hadAccess)) await removeHostPermissions([request.permission]);
    return { ok: false, text: failureText(request.host, found.failure, t) };
  }
  return { ok: true, page: buildCustomPage(request, found.value) };
}

/** What the user is told when the worker found nothing to watch. */
function failureText(host: string, failure: DiscoveryFailure, t: Translate): string {
  switch (failure.kind) {
    case 'unreadable':
      return discoveryFailureText(host, failure.failure, t);
    case 'no_access':
      // The browser's answer said yes, yet the worker may not read the host: to the user, access was not given.
      return t('customErrorPermissionRefused', host);
    case 'worker_failed':
      // Not the page's fault, and rare (the extension reloaded while the page was open): the nearest words
      // the page has say it could not be read; the cause goes to the console.
      console.error('AI Outage Radar: the worker did not discover', host, failure.message);
      return t('customErrorDiscovery', [host, t('errorKind_bad_payload')]);
  }
}
