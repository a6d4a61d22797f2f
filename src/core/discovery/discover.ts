import { parseJsonObject, stringOr } from '../fetch/body';
import { fetchText, type ReadDeps } from '../fetch/fetch-text';
import { isRecord } from '../fetch/fields';
import type { PlatformName, Source } from '../model';
import { parserFor } from '../platforms/parsers';
import { fail, ok, type Result } from '../result';
import { parseUrl } from '../urls';
import { detectPlatform } from './detect';

/** How to poll a status page found from its address alone. */
export interface Discovery {
  platform: PlatformName;
  statusPageUrl: string;
  /** In the order the poller should try them. */
  sources: Source[];
}

interface Candidate {
  /** Undefined: whatever the content shows (the address the user gave). */
  platform?: PlatformName;
  url: string;
}

/** incident.io gives pages ULIDs (26 characters of Crockford base32); Atlassian's are 12 lowercase characters. */
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * Find which platform serves a status page by asking its known endpoints, cheapest first: the few
 * hundred bytes of a Statuspage-style status.json before any summary or feed. The first endpoint whose
 * answer parses as its platform wins.
 */
export async function discover(pageUrl: string, deps: ReadDeps): Promise<Result<Discovery>> {
  const page = parseUrl(pageUrl);
  if (!page) return fail('bad_payload', `"${pageUrl}" is not a web address`);
  if (page.protocol !== 'https:') return fail('bad_payload', 'only https status pages can be watched');

  const statusPageUrl = humanPageOf(page);
  for (const candidate of candidatesFor(page)) {
    const answer = await readAs(candidate, statusPageUrl, deps);
    if (!answer) continue;
    if (answer.platform !== 'statuspage') {
      return ok({ platform: answer.platform, statusPageUrl, sources: [{ platform: answer.platform, url: candidate.url }] });
    }
    return ok(await statuspageOrIncidentio(answer.body, page, deps));
  }
  return fail('bad_payload', 'no known status platform answers at this address');
}

/** Google's dashboards live under a path, and their incident links are built below it; other pages at their root. */
function humanPageOf(page: URL): string {
  if (page.host === 'status.cloud.google.com') return `${page.origin}/`;
  if (isWorkspaceDashboard(page)) return `${page.origin}/appsstatus/dashboard/`;
  return page.origin;
}

function isWorkspaceDashboard(page: URL): boolean {
  return page.host === 'www.google.com' && page.pathname.startsWith('/appsstatus');
}

/**
 * Flashduty's API host serves every Flashduty page under its numeric id, `/api/status-page/<id>/<endpoint>`;
 * a page on its own domain does not say its id, so it is found through its feed instead.
 */
const FLASHDUTY_API_HOST = 'statuspage.flashduty.com';
const FLASHDUTY_PAGE_PATH = /^\/api\/status-page\/(\d+)(?:\/|$)/;

function candidatesFor(page: URL): Candidate[] {
  const at = (path: string) => new URL(path, page.origin).href;
  if (page.host === 'status.cloud.google.com') return [{ platform: 'google-cloud', url: at('/incidents.json') }];
  const flashdutyPage = page.host === FLASHDUTY_API_HOST ? FLASHDUTY_PAGE_PATH.exec(page.pathname)?.[1] : undefined;
  // Whichever endpoint was given, the summary of active changes is the one that states current statuses.
  if (flashdutyPage) return [{ platform: 'flashduty', url: at(`/api/status-page/${flashdutyPage}/summary/active`) }];
  if (isWorkspaceDashboard(page)) {
    return [{ platform: 'google-workspace', url: at('/appsstatus/dashboard/incidents.json') }];
  }
  const given: Candidate[] = page.pathname === '/' ? [] : [{ url: page.href }];
  return [
    ...given,
    { platform: 'statuspage', url: at('/api/v2/status.json') },
    { platform: 'instatus', url: at('/summary.json') },
    { platform: 'betterstack', url: at('/index.json') },
    ...['/history.atom', '/feed.atom', '/history.rss', '/feed.rss', '/feed.xml', '/incidents.rss', '/rss'].map(
      (path): Candidate => ({ platform: 'feed', url: at(path) }),
    ),
  ];
}

/** What the candidate answered, if its platform (or, for the given address, any platform) reads it. */
async function readAs(
  candidate: Candidate,
  statusPageUrl: string,
  deps: ReadDeps,
): Promise<{ platform: PlatformName; body: string } | undefined> {
  const fetched = await fetchText(candidate.url, deps);
  if ('failure' in fetched) return undefined;
  const platform = candidate.platform ?? detectPlatform(fetched.body);
  if (!platform) return undefined;
  const parsed = parserFor(platform)(fetched.body, {
    source: candidate.url,
    statusPageUrl,
    fetchedAt: new Date(deps.now()).toISOString(),
  });
  return parsed.ok ? { platform, body: fetched.body } : undefined;
}

/** A status.json answered: Atlassian Statuspage, or incident.io's copy of its API, whose own page JSON is richer. */
async function statuspageOrIncidentio(statusJson: string, page: URL, deps: ReadDeps): Promise<Discovery> {
  const summary: Source = { platform: 'statuspage', url: new URL('/api/v2/summary.json', page.origin).href };
  if (ULID.test(pageIdOf(statusJson))) {
    const native: Source = { platform: 'incidentio', url: new URL(`/proxy/${page.host}`, page.origin).href };
    if (await readAs(native, page.origin, deps))
      return { platform: 'incidentio', statusPageUrl: page.origin, sources: [native, summary] };
    return { platform: 'statuspage', statusPageUrl: page.origin, sources: [summary] };
  }
  const history: Source = { platform: 'feed', url: new URL('/history.atom', page.origin).href };
  return { platform: 'statuspage', statusPageUrl: page.origin, sources: [summary, history] };
}

function pageIdOf(statusJson: string): string {
  const doc = parseJsonObject(statusJson);
  const page = doc.ok ? doc.value.page : undefined;
  return isRecord(page) ? stringOr(page.id, '') : '';
}
