import { CATALOG, hostPermissionFor } from '../catalog/providers';
import type { MessageKey, Translate } from '../i18n';
import type { Category, CustomPage, PlatformName, Settings } from '../model';
import type { Failure } from '../result';
import { CUSTOM_ID_PREFIX, CUSTOM_NAME_MAX_LENGTH } from '../settings/stored-settings';
import { hostOf, parseUrl } from '../urls';
import type { Discovery } from './discover';

/** Longer names are cut: stored settings keep no more. */

/** What the user typed in the form, as typed. */
export interface CustomPageForm {
  statusPageUrl: string;
  name: string;
  category: Category;
  chatUrl: string;
}

/** The form, checked: the page to discover, the host access to ask for, and what the page will be called. */
export interface CustomPageRequest {
  pageUrl: string;
  host: string;
  /** The match pattern asked for at run time (optional_host_permissions). */
  permission: string;
  name: string;
  category: Category;
  /** Absent: the status page stands in. */
  chatUrl?: string;
}

export type FormProblem =
  | { kind: 'url_missing' }
  | { kind: 'url_invalid'; typed: string }
  | { kind: 'url_not_https' }
  | { kind: 'chat_url_invalid' }
  | { kind: 'built_in'; host: string; name: string }
  | { kind: 'already_added'; host: string; name: string };

export type FormCheck = { ok: true; request: CustomPageRequest } | { ok: false; problem: FormProblem };

export function customPageId(host: string): string {
  return `${CUSTOM_ID_PREFIX}${host}`;
}

/**
 * An address as typed, read as an https URL. A bare host ("status.example.com") is taken as https;
 * any other scheme is refused, and so is an address carrying a user name or password.
 */
export function readPageAddress(typed: string): { ok: true; url: URL } | { ok: false; problem: FormProblem } {
  const text = typed.trim();
  if (text === '') return { ok: false, problem: { kind: 'url_missing' } };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  const url = parseUrl(withScheme);
  if (!url) return { ok: false, problem: { kind: 'url_invalid', typed: text } };
  if (url.protocol !== 'https:') return { ok: false, problem: { kind: 'url_not_https' } };
  if (url.hostname === '' || url.username !== '' || url.password !== '') {
    return { ok: false, problem: { kind: 'url_invalid', typed: text } };
  }
  return { ok: true, url };
}

/** A name as typed, with its white space tidied, cut to the stored length without splitting a character. */
export function clipName(name: string): string {
  const tidy = name.replace(/\s+/g, ' ').trim();
  if (tidy.length <= CUSTOM_NAME_MAX_LENGTH) return tidy;
  let clipped = '';
  for (const character of tidy) {
    if (clipped.length + character.length > CUSTOM_NAME_MAX_LENGTH) break;
    clipped += character;
  }
  return clipped.trim();
}

/** The name of a page the user did not name: its host, without the usual "status." or "www." in front. */
export function defaultName(host: string): string {
  const bare = host.replace(/^(?:status|www)\./i, '');
  return clipName(bare.includes('.') ? bare : host);
}

/** Every host a page or a built-in assistant reads or links to. */
function hostsOf(entry: { statusPageUrl?: string; sources: readonly { url: string }[] }): Set<string> {
  const urls = [...(entry.statusPageUrl ? [entry.statusPageUrl] : []), ...entry.sources.map((source) => source.url)];
  return new Set(urls.flatMap((url) => hostOf(url) ?? []));
}

/** Who already watches this host: a built-in assistant, or a page the user added. */
export function watcherOfHost(
  host: string,
  settings: Settings,
): { kind: 'built_in'; name: string } | { kind: 'already_added'; name: string } | undefined {
  const builtIn = CATALOG.find((provider) => hostsOf(provider).has(host));
  if (builtIn) return { kind: 'built_in', name: builtIn.name };
  const added = settings.customPages.find((page) => page.id === customPageId(host) || hostsOf(page).has(host));
  return added ? { kind: 'already_added', name: added.name } : undefined;
}

/** Checks the form against the settings: a usable https address, on a host nobody watches yet. */
export function checkCustomPageForm(form: CustomPageForm, settings: Settings): FormCheck {
  const address = readPageAddress(form.statusPageUrl);
  if (!address.ok) return address;
  const { url } = address;
  let chatUrl: string | undefined;
  if (form.chatUrl.trim() !== '') {
    const chat = readPageAddress(form.chatUrl);
    if (!chat.ok) return { ok: false, problem: { kind: 'chat_url_invalid' } };
    chatUrl = chat.url.href;
  }
  const watcher = watcherOfHost(url.host, settings);
  if (watcher) return { ok: false, problem: { ...watcher, host: url.host } };
  const name = clipName(form.name) || defaultName(url.host);
  return {
    ok: true,
    request: {
      pageUrl: url.href,
      host: url.host,
      permission: hostPermissionFor(url.href),
      name,
      category: form.category,
      ...(chatUrl ? { chatUrl } : {}),
    },
  };
}

/** The page to store, from the checked form and what discovery found at the address. */
export function buildCustomPage(request: CustomPageRequest, discovery: Discovery): CustomPage {
  return {
    id: customPageId(request.host),
    name: request.name,
    category: request.category,
    statusPageUrl: discovery.statusPageUrl,
    chatUrl: request.chatUrl ?? discovery.statusPageUrl,
    platform: discovery.platform,
    sources: discovery.sources.map((source) => ({ platform: source.platform, url: source.url })),
  };
}

/** The settings with the page added (or replaced, if the same host was added meanwhile) and watched, last. */
export function withCustomPage(settings: Settings, page: CustomPage): Settings {
  return {
    ...settings,
    customPages: [...settings.customPages.filter((entry) => entry.id !== page.id), page],
    watched: [...settings.watched.filter((id) => id !== page.id), page.id],
  };
}

/** The settings without the page, and without anything kept about it (watched, muted, snoozed, components). */
export function withoutCustomPage(settings: Settings, id: string): Settings {
  const components = Object.fromEntries(Object.entries(settings.components).filter(([key]) => key !== id));
  return {
    ...settings,
    customPages: settings.customPages.filter((page) => page.id !== id),
    watched: settings.watched.filter((entry) => entry !== id),
    components,
    notifications: {
      ...settings.notifications,
      muted: settings.notifications.muted.filter((entry) => entry !== id),
      snoozes: settings.notifications.snoozes.filter((snooze) => snooze.providerId !== id),
    },
  };
}

/** The match patterns a page's sources need. */
export function hostPermissionsOf(page: Pick<CustomPage, 'sources'>): string[] {
  return [...new Set(page.sources.flatMap((source) => (hostOf(source.url) ? [hostPermissionFor(source.url)] : [])))];
}

/**
 * What can be given back once a page is removed: its patterns that no built-in source and no page still
 * kept (`remaining`, the settings after the removal) needs.
 */
export function hostPermissionsToRelease(page: Pick<CustomPage, 'sources'>, remaining: Settings): string[] {
  const stillUsed = new Set([
    ...CATALOG.flatMap((provider) => hostPermissionsOf({ sources: [...provider.sources] })),
    ...remaining.customPages.flatMap(hostPermissionsOf),
  ]);
  return hostPermissionsOf(page).filter((pattern) => !stillUsed.has(pattern));
}

const PLATFORM_LABELS: Record<PlatformName, MessageKey> = {
  statuspage: 'customPlatform_statuspage',
  incidentio: 'customPlatform_incidentio',
  'google-cloud': 'customPlatform_google_cloud',
  'google-workspace': 'customPlatform_google_workspace',
  feed: 'customPlatform_feed',
  betterstack: 'customPlatform_betterstack',
  instatus: 'customPlatform_instatus',
  flashduty: 'customPlatform_flashduty',
};

export function platformLabel(platform: PlatformName, t: Translate): string {
  return t(PLATFORM_LABELS[platform]);
}

/** What to tell the user about a form that cannot be sent. */
export function formProblemText(problem: FormProblem, t: Translate): string {
  switch (problem.kind) {
    case 'url_missing':
      return t('customErrorUrlMissing');
    case 'url_invalid':
      return t('customErrorUrlInvalid', problem.typed);
    case 'url_not_https':
      return t('customErrorUrlNotHttps');
    case 'chat_url_invalid':
      return t('customErrorChatUrlInvalid');
    case 'built_in':
      return t('customErrorBuiltIn', [problem.host, problem.name]);
    case 'already_added':
      return t('customErrorAlreadyAdded', [problem.host, problem.name]);
  }
}

/**
 * Why discovery found nothing to read. Discovery answers `bad_payload` when no endpoint it knows reads as its
 * platform; a failure of another kind (timeout, offline, http, challenge) is told in its own words.
 */
export function discoveryFailureText(host: string, failure: Failure, t: Translate): string {
  if (failure.kind === 'bad_payload') return t('customErrorNoPlatform', host);
  const why = failure.kind === 'http' ? t('errorKind_http', String(failure.status ?? '')) : t(`errorKind_${failure.kind}`);
  return t('customErrorDiscovery', [host, why]);
}
