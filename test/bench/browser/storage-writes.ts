import type { Page } from 'playwright-core';
import { URLS } from '../../fake-server/baseline';
import { fixture } from '../../fake-server/server';
import type { BenchGlobals, ExtensionApi, StorageWrite } from './extension-api';
import { bytes, compared } from './report';
import { type BenchSession, type LoadedExtension, storedSize, waitUntilQuiet, withTimeout } from './session';
import { REFRESH_TIMEOUT_MS } from './worker-refresh';

declare const chrome: ExtensionApi;

/** storage.onChanged reaches pages a moment after the write that the answer followed. */
const EVENTS_SETTLE_MS = 300;

/** From now on the page records every storage write of its extension (a write of any key counts). */
async function recordWrites(page: Page): Promise<void> {
  await page.evaluate(() => {
    // The page's global object, with the one property the bench keeps there.
    const scope = globalThis as typeof globalThis & BenchGlobals;
    scope.benchStorageWrites = [];
    chrome.storage.onChanged.addListener((changes, area) => {
      for (const [key, change] of Object.entries(changes)) {
        const json = change.newValue === undefined ? '' : JSON.stringify(change.newValue);
        scope.benchStorageWrites?.push({ area, key, bytes: new TextEncoder().encode(json).length });
      }
    });
  });
}

/** The writes recorded since the last take, which are then forgotten. */
async function takeWrites(page: Page): Promise<StorageWrite[]> {
  await new Promise((done) => setTimeout(done, EVENTS_SETTLE_MS));
  return page.evaluate(() => {
    // As in recordWrites.
    const scope = globalThis as typeof globalThis & BenchGlobals;
    const taken = scope.benchStorageWrites ?? [];
    scope.benchStorageWrites = [];
    return taken;
  });
}

function total(writes: readonly StorageWrite[]): number {
  return writes.reduce((sum, write) => sum + write.bytes, 0);
}

/** `state 812 B, ledger 12 B`: which keys took the bytes, summed per key. */
function byKey(writes: readonly StorageWrite[]): string {
  if (writes.length === 0) return 'nothing written';
  const sums = new Map<string, number>();
  for (const write of writes) sums.set(`${write.area}.${write.key}`, (sums.get(`${write.area}.${write.key}`) ?? 0) + write.bytes);
  return [...sums].map(([key, sum]) => `${key} ${bytes(sum)}`).join(', ');
}

function bytesInUse(page: Page): Promise<number> {
  return page.evaluate(() => chrome.storage.local.getBytesInUse(null));
}

async function refresh(page: Page): Promise<void> {
  const answered = page.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));
  await withTimeout(answered, REFRESH_TIMEOUT_MS, `the refresh asked from ${page.url()}`);
}

/**
 * Fire the extension's alarms now, each with its own name and period, as they fire on their own: a scheduled
 * poll (which lets failing sources wait), whatever the alarm is called. Over once every alarm has fired (its
 * next time is later) and the server and storage are quiet, even if that poll asked for nothing.
 * Answers false when the extension has no alarm.
 */
async function runScheduled(session: BenchSession, page: Page): Promise<boolean> {
  session.server.clearRequests();
  const firedAt = await page.evaluate(async () => {
    const alarms = await chrome.alarms.getAll();
    const when = Date.now();
    for (const alarm of alarms) {
      await chrome.alarms.create(
        alarm.name,
        alarm.periodInMinutes === undefined ? { when } : { when, periodInMinutes: alarm.periodInMinutes },
      );
    }
    return alarms.length === 0 ? undefined : when;
  });
  if (firedAt === undefined) return false;
  await page.waitForFunction(
    async (when) => (await chrome.alarms.getAll()).every((alarm) => alarm.scheduledTime > when),
    firedAt,
    { timeout: 30_000, polling: 100 },
  );
  await waitUntilQuiet(session.server, storedSize(page), { quietMs: 1_500, timeoutMs: 30_000 });
  return true;
}

/** How many requests the server saw since it was last cleared, and how many were revalidations (If-None-Match, answered 304). */
function revalidated(session: BenchSession): string {
  const requests = session.server.requests();
  return `${requests.length} requests, ${requests.filter((request) => request.ifNoneMatch !== undefined).length} of them revalidated (304)`;
}

/** The largest real captures in test/fixtures, each served where a source of its platform is read. */
function worstCaseFeeds(session: BenchSession): void {
  const incidents = fixture('statuspage/cursor-v2-incidents-full-50-minor-major-critical-1.json');
  for (const url of [URLS.claude, URLS.poe, URLS.github, URLS.cursor, URLS.cohere, URLS.perplexityCompat, URLS.groqCompat])
    session.server.serve(url, incidents);
  session.server.serve(URLS.huggingchat, fixture('betterstack/huggingface-index-json-90d-8-resources-8-reports-1.json'));
  const feed = fixture('xai/xai-feed-rss-105items-all-resolved-1.xml');
  for (const url of [URLS.grok, URLS.mistral, URLS.openrouter]) session.server.serve(url, feed);
  session.server.serve(
    URLS.deepseekApi,
    fixture('flashduty/deepseek-api-change-list-29-resolved-full-outage-partial-degraded-1.json'),
  );
}

/** What one quiet poll writes to storage, and what is stored after it and after worst-case feeds. */
export async function storageFigures(session: BenchSession): Promise<string[]> {
  const ourPage = await session.quietPage(session.ours);
  const referencePage = await session.quietPage(session.reference);
  const pages: Record<LoadedExtension['label'], Page> = { ours: ourPage, reference: referencePage };
  const lines: string[] = [];
  try {
    await recordWrites(ourPage);
    await recordWrites(referencePage);

    // A quiet poll: the install poll (and every refresh timed before) read the same answers.
    session.server.clearRequests();
    await refresh(ourPage);
    const ourRefresh = await takeWrites(ourPage);
    const ourRequests = revalidated(session);
    await refresh(referencePage);
    const referenceRefresh = await takeWrites(referencePage);
    lines.push(
      compared('Bytes written to storage per quiet poll (refresh)', total(ourRefresh), total(referenceRefresh), bytes, '≤ 1 KB'),
      `  ours: ${byKey(ourRefresh)} (${ourRequests}); reference: ${byKey(referenceRefresh)}`,
    );
    if (await runScheduled(session, ourPage)) {
      const scheduled = await takeWrites(ourPage);
      lines.push(
        `Bytes written to storage per quiet poll (scheduled, ours only): ${bytes(total(scheduled))} (target ≤ 1 KB)`,
        `  ours: ${byKey(scheduled)} (${revalidated(session)})`,
      );
    } else lines.push('Bytes written to storage per quiet poll (scheduled): not measured, the extension has no alarm');
    const [ourQuietUse, referenceQuietUse] = [await bytesInUse(ourPage), await bytesInUse(referencePage)];
    lines.push(compared('Storage used after a quiet poll', ourQuietUse, referenceQuietUse, bytes));

    worstCaseFeeds(session);
    for (const page of Object.values(pages)) await refresh(page);
    const ourWorst = await takeWrites(ourPage);
    const referenceWorst = await takeWrites(referencePage);
    lines.push(
      compared('Bytes written by a refresh against worst-case feeds', total(ourWorst), total(referenceWorst), bytes),
      `  ours: ${byKey(ourWorst)}`,
      compared(
        'Storage used after worst-case feeds (refresh)',
        await bytesInUse(ourPage),
        await bytesInUse(referencePage),
        bytes,
      ),
    );
    if (await runScheduled(session, ourPage)) {
      await takeWrites(ourPage);
      lines.push(`Storage used after worst-case feeds (then a scheduled poll, ours only): ${bytes(await bytesInUse(ourPage))}`);
    }
    lines.push(
      "  worst case: Cursor's 50 incidents on every Statuspage source, Hugging Face's 90-day index, xAI's 105-item feed on every feed, DeepSeek's change list",
    );
  } finally {
    session.server.reset();
    await ourPage.close();
    await referencePage.close();
  }
  return lines;
}
