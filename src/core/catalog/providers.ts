import type { Category, Provider, Source } from '../model';
import * as scope from './scopes';

/**
 * The built-in assistants: data only. Sources are tried in order until one reads. A provider without
 * component ids reads its whole page: its page is about nothing else.
 */

/**
 * Each source's weight (`Source.weightKB`, uncompressed KB of 1000 bytes) is the size of a real capture in
 * test/fixtures, of that page where one exists, else of the same platform; what a poll pays for a host that
 * sends no validator (core/poll/pace). Where each figure comes from:
 *
 *   Statuspage summary.json     3  statuspage/anthropic-summary-operational-1.json (2.9 KB, 6 components; 7.8 KB
 *                                  while an incident is open). GitHub 6: its components.json (5.6 KB) and
 *                                  status.json (0.3 KB), the two halves of its summary. Cursor 4: 8 components.
 *   incident.io summary.json    8  incidentio/openai-v2-summary-compat-active-minor-1.json (8.2 KB). Groq 6: its
 *                                  components.json (5.7 KB) and status.json (0.3 KB).
 *   incident.io page JSON      22  incidentio/openai-proxy-summary-ongoing-incident-1.json (22.0 KB as captured).
 *   Statuspage history.atom     7  statuspage/anthropic-history-atom-1.xml (6.8 KB); Mistral's and OpenRouter's
 *                                  feeds, of which no capture exists, are taken to be incident feeds that size.
 *   Google Workspace          400  the live www.google.com/appsstatus/dashboard/incidents.json (our capture,
 *                                  google/workspace-appsstatus-incidents-reduced-3-resolved-1.json, keeps 3 incidents).
 *   Google Cloud              169  the live status.cloud.google.com/incidents.json (the capture is Checkmk's excerpt).
 *   xAI feed.xml              124  xai/xai-feed-rss-105items-all-resolved-1.xml (124.2 KB, the whole feed).
 *   Better Stack index.json    81  betterstack/huggingface-index-json-90d-8-resources-8-reports-1.json: 145 KB as
 *                                  its recorder re-indented it, 81.1 KB compact as the page serves it.
 *   Flashduty summary/active    3  flashduty/deepseek-api-summary-active-no-changes-1.json (3.0 KB).
 *   Flashduty change/list      82  flashduty/deepseek-api-change-list-29-resolved-full-outage-partial-degraded-1.json.
 *   Flashduty history.rss      20  flashduty/deepseek-feed-rss-excerpt-1.xml holds 3 of its ~30 items in 2.4 KB.
 *   Instatus summary.json       1  no real capture; Instatus's documented example (test/synthetic, 1.1 KB).
 */
const statuspage = (url: string, weightKB = 3): Source => ({ platform: 'statuspage', url, weightKB });
const feed = (url: string, weightKB = 7): Source => ({ platform: 'feed', url, weightKB });
const incidentio = (host: string): Source => ({ platform: 'incidentio', url: `https://${host}/proxy/${host}`, weightKB: 22 });
/** incident.io's Statuspage-compatible summary. */
const compatible = (host: string, weightKB = 8): Source => statuspage(`https://${host}/api/v2/summary.json`, weightKB);

/**
 * status.claude.com, the same page under Atlassian's own host, then its Atom history. The history names
 * no components, so when only it answers, an open incident counts for every Claude product: shown as
 * degraded, the mildest word, rather than hidden.
 */
const CLAUDE_SOURCES = [
  statuspage('https://status.claude.com/api/v2/summary.json'),
  statuspage('https://anthropic.statuspage.io/api/v2/summary.json'),
  feed('https://status.claude.com/history.atom'),
];

/** incident.io's own page JSON has every component; its Statuspage-compatible summary is capped at 25. */
const OPENAI_SOURCES = [incidentio('status.openai.com'), compatible('status.openai.com')];

/** The kinds of assistant, in the order they are listed everywhere. */
export const CATEGORIES: readonly Category[] = ['chat', 'coding', 'api'];

export const CATALOG: readonly Provider[] = [
  // Chat assistants
  {
    id: 'claude',
    name: 'Claude',
    category: 'chat',
    chatUrl: 'https://claude.ai/',
    statusPageUrl: 'https://status.claude.com',
    sources: CLAUDE_SOURCES,
    componentIds: scope.CLAUDE_AI,
  },
  {
    id: 'chatgpt',
    name: 'ChatGPT',
    category: 'chat',
    chatUrl: 'https://chatgpt.com/',
    statusPageUrl: 'https://status.openai.com',
    sources: OPENAI_SOURCES,
    componentIds: scope.CHATGPT,
  },
  {
    id: 'gemini',
    name: 'Gemini',
    category: 'chat',
    chatUrl: 'https://gemini.google.com/',
    statusPageUrl: 'https://www.google.com/appsstatus/dashboard/',
    sources: [{ platform: 'google-workspace', url: 'https://www.google.com/appsstatus/dashboard/incidents.json', weightKB: 400 }],
    componentIds: scope.GEMINI_APP,
  },
  // Microsoft publishes no status page for the Copilot app (its service health is for tenant admins only).
  {
    id: 'microsoft-copilot',
    name: 'Microsoft Copilot',
    category: 'chat',
    chatUrl: 'https://copilot.microsoft.com/',
    sources: [],
  },
  {
    id: 'perplexity',
    name: 'Perplexity',
    category: 'chat',
    chatUrl: 'https://www.perplexity.ai/',
    statusPageUrl: 'https://status.perplexity.com',
    // incident.io since September 2026 (Instatus before): the native page JSON, then the compatible summary.
    sources: [incidentio('status.perplexity.com'), compatible('status.perplexity.com')],
  },
  {
    id: 'mistral',
    name: 'Mistral Le Chat',
    category: 'chat',
    chatUrl: 'https://chat.mistral.ai/',
    statusPageUrl: 'https://status.mistral.ai',
    // The page publishes no JSON; its RSS feed is the machine-readable part.
    sources: [feed('https://status.mistral.ai/feed.rss')],
  },
  {
    id: 'deepseek',
    name: 'DeepSeek',
    category: 'chat',
    chatUrl: 'https://chat.deepseek.com/',
    statusPageUrl: 'https://status.deepseek.com',
    // Flashduty: its JSON API states each component's status, and its change list each change's; the RSS
    // history, tried last, states no severity.
    sources: [
      {
        platform: 'flashduty',
        url: 'https://statuspage.flashduty.com/api/status-page/6410630422455/summary/active',
        weightKB: 3,
      },
      { platform: 'flashduty', url: 'https://statuspage.flashduty.com/api/status-page/6410630422455/change/list', weightKB: 82 },
      feed('https://status.deepseek.com/history.rss', 20),
    ],
  },
  {
    id: 'grok',
    name: 'Grok',
    category: 'chat',
    chatUrl: 'https://grok.com/',
    statusPageUrl: 'https://status.x.ai',
    sources: [feed('https://status.x.ai/feed.xml', 124)],
    componentIds: scope.XAI_GROK,
  },
  // Meta publishes no status page for Meta AI.
  { id: 'meta-ai', name: 'Meta AI', category: 'chat', chatUrl: 'https://www.meta.ai/', sources: [] },
  {
    id: 'huggingchat',
    name: 'HuggingChat',
    category: 'chat',
    chatUrl: 'https://huggingface.co/chat/',
    statusPageUrl: 'https://status.huggingface.co',
    // Better Stack. Read whole: no capture of this page shows which resource id is HuggingChat.
    sources: [{ platform: 'betterstack', url: 'https://status.huggingface.co/index.json', weightKB: 81 }],
  },
  {
    id: 'poe',
    name: 'Poe',
    category: 'chat',
    chatUrl: 'https://poe.com/',
    statusPageUrl: 'https://status.poe.com',
    sources: [statuspage('https://status.poe.com/api/v2/summary.json')],
  },

  // Coding assistants
  {
    id: 'claude-code',
    name: 'Claude Code',
    category: 'coding',
    chatUrl: 'https://claude.ai/code',
    statusPageUrl: 'https://status.claude.com',
    sources: CLAUDE_SOURCES,
    componentIds: scope.CLAUDE_CODE,
  },
  {
    id: 'codex',
    name: 'Codex',
    category: 'coding',
    chatUrl: 'https://chatgpt.com/codex',
    statusPageUrl: 'https://status.openai.com',
    sources: OPENAI_SOURCES,
    componentIds: scope.CODEX,
  },
  {
    id: 'github-copilot',
    name: 'GitHub Copilot',
    category: 'coding',
    chatUrl: 'https://github.com/copilot',
    statusPageUrl: 'https://www.githubstatus.com',
    // No feed fallback: GitHub's history names no components, and most of its incidents are not Copilot's.
    sources: [statuspage('https://www.githubstatus.com/api/v2/summary.json', 6)],
    componentIds: scope.GITHUB_COPILOT,
  },
  {
    id: 'cursor',
    name: 'Cursor',
    category: 'coding',
    chatUrl: 'https://cursor.com/',
    statusPageUrl: 'https://status.cursor.com',
    sources: [statuspage('https://status.cursor.com/api/v2/summary.json', 4), feed('https://status.cursor.com/history.atom')],
  },

  // APIs
  {
    id: 'claude-api',
    name: 'Claude API',
    category: 'api',
    chatUrl: 'https://platform.claude.com/',
    statusPageUrl: 'https://status.claude.com',
    sources: CLAUDE_SOURCES,
    componentIds: scope.CLAUDE_API,
  },
  {
    id: 'openai-api',
    name: 'OpenAI API',
    category: 'api',
    chatUrl: 'https://platform.openai.com/',
    statusPageUrl: 'https://status.openai.com',
    sources: OPENAI_SOURCES,
    componentIds: scope.OPENAI_API,
  },
  {
    id: 'gemini-api',
    name: 'Gemini API',
    category: 'api',
    chatUrl: 'https://aistudio.google.com/',
    statusPageUrl: 'https://status.cloud.google.com',
    sources: [{ platform: 'google-cloud', url: 'https://status.cloud.google.com/incidents.json', weightKB: 169 }],
    componentIds: scope.GEMINI_API,
  },
  {
    id: 'groq',
    name: 'Groq',
    category: 'api',
    chatUrl: 'https://console.groq.com/',
    statusPageUrl: 'https://groqstatus.com',
    sources: [incidentio('groqstatus.com'), compatible('groqstatus.com', 6)],
  },
  {
    id: 'cohere',
    name: 'Cohere',
    category: 'api',
    chatUrl: 'https://dashboard.cohere.com/',
    statusPageUrl: 'https://status.cohere.com',
    sources: [statuspage('https://status.cohere.com/api/v2/summary.json'), feed('https://status.cohere.com/history.atom')],
  },
  {
    id: 'openrouter',
    name: 'OpenRouter',
    category: 'api',
    chatUrl: 'https://openrouter.ai/',
    statusPageUrl: 'https://status.openrouter.ai',
    // OnlineOrNot since September 2026: no public JSON, an incident feed.
    sources: [feed('https://status.openrouter.ai/incidents.rss')],
  },
  {
    id: 'fal',
    name: 'fal',
    category: 'api',
    chatUrl: 'https://fal.ai/dashboard',
    statusPageUrl: 'https://status.fal.ai',
    sources: [{ platform: 'instatus', url: 'https://status.fal.ai/summary.json', weightKB: 1 }],
  },
];

export function providerById(id: string): Provider | undefined {
  return CATALOG.find((provider) => provider.id === id);
}

/** Hosts that serve far more than a status page: access is asked for their status path only. */
/** Hosts that serve many customers' pages: only the path the catalog reads is asked for. */
const SHARED_HOSTS = new Set(['www.google.com', 'statuspage.flashduty.com']);

/** The match pattern that lets the extension read one source, and nothing more of a shared host. */
export function hostPermissionFor(url: string): string {
  const parsed = new URL(url);
  if (!SHARED_HOSTS.has(parsed.host)) return `https://${parsed.host}/*`;
  const firstSegment = parsed.pathname.split('/')[1] ?? '';
  return `https://${parsed.host}/${firstSegment}/*`;
}

/** What the catalog polls: the manifest's host_permissions must be exactly these. */
export function catalogHostPermissions(): string[] {
  const patterns = CATALOG.flatMap((provider) => provider.sources.map((source) => hostPermissionFor(source.url)));
  return [...new Set(patterns)].sort();
}
