// The bench's yardstick: what any extension polling the radar's sources must do, and nothing more. Plain JS, no build.
// The first source of each provider in src/core/catalog/providers.ts; test/bench/browser checks the list still matches.
const URLS = [
  'https://status.claude.com/api/v2/summary.json',
  'https://status.openai.com/proxy/status.openai.com',
  'https://www.google.com/appsstatus/dashboard/incidents.json',
  'https://status.perplexity.com/proxy/status.perplexity.com',
  'https://status.mistral.ai/feed.rss',
  'https://statuspage.flashduty.com/api/status-page/6410630422455/summary/active',
  'https://status.x.ai/feed.xml',
  'https://status.huggingface.co/index.json',
  'https://status.poe.com/api/v2/summary.json',
  'https://www.githubstatus.com/api/v2/summary.json',
  'https://status.cursor.com/api/v2/summary.json',
  'https://status.cloud.google.com/incidents.json',
  'https://groqstatus.com/proxy/groqstatus.com',
  'https://status.cohere.com/api/v2/summary.json',
  'https://status.openrouter.ai/incidents.rss',
  'https://status.fal.ai/summary.json',
];

/** One source read: JSON parsed when it is JSON, feeds kept as text (reading XML is the real parser's job). */
async function readSource(url) {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    const text = await response.text();
    try {
      JSON.parse(text);
      return { ok: response.ok, json: true };
    } catch {
      return { ok: response.ok, json: false };
    }
  } catch {
    return { ok: false, json: false };
  }
}

async function refresh() {
  const read = await Promise.all(URLS.map(readSource));
  const up = read.filter((source) => source.ok).length;
  await chrome.storage.local.set({ summary: { checkedAt: Date.now(), up, of: read.length } });
  await chrome.action.setBadgeText({ text: String(up) });
  return { done: true };
}

chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  if (message?.type !== 'refresh') return false;
  refresh().then(reply, () => reply({ done: false }));
  return true; // the answer comes later
});
