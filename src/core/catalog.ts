import type { Provider } from './model';

/**
 * The built-in providers: data only. Component ids come from each page's own payload (ids never change
 * when a component is renamed); a provider without ids reads its whole page.
 */

const CLAUDE_STATUS = 'https://status.claude.com';
const CLAUDE_SOURCES = [
  { platform: 'statuspage', url: `${CLAUDE_STATUS}/api/v2/summary.json` },
  // The same Statuspage page under Atlassian's own host: answers when the custom domain does not.
  { platform: 'statuspage', url: 'https://anthropic.statuspage.io/api/v2/summary.json' },
] as const;

const OPENAI_STATUS = 'https://status.openai.com';
const OPENAI_SOURCES = [{ platform: 'statuspage', url: `${OPENAI_STATUS}/api/v2/summary.json` }] as const;

export const CATALOG: readonly Provider[] = [
  {
    id: 'claude',
    name: 'Claude',
    category: 'chat',
    chatUrl: 'https://claude.ai/',
    statusPageUrl: CLAUDE_STATUS,
    sources: CLAUDE_SOURCES,
    componentIds: ['rwppv331jlwc'], // claude.ai
  },
  {
    id: 'claude-api',
    name: 'Claude API',
    category: 'api',
    chatUrl: 'https://platform.claude.com/',
    statusPageUrl: CLAUDE_STATUS,
    sources: CLAUDE_SOURCES,
    componentIds: [
      'k8w3r06qmzrp', // Claude API (api.anthropic.com)
      '0qbwn08sd68x', // Claude Console (platform.claude.com)
    ],
  },
  {
    id: 'claude-code',
    name: 'Claude Code',
    category: 'coding',
    chatUrl: 'https://claude.ai/code',
    statusPageUrl: CLAUDE_STATUS,
    sources: CLAUDE_SOURCES,
    componentIds: ['yyzkbfz2thpt'], // Claude Code
  },
  {
    id: 'chatgpt',
    name: 'ChatGPT',
    category: 'chat',
    chatUrl: 'https://chatgpt.com/',
    statusPageUrl: OPENAI_STATUS,
    sources: OPENAI_SOURCES,
    // The "ChatGPT" group of status.openai.com. The compatible summary lists only the first 25
    // components of the page; ids beyond that are simply absent from it.
    componentIds: [
      '01JMXBNJXGV1T5GT2M9XA83XNG', // Conversations
      '01JMXBNJXG1S2D9V65P1ZZTD94', // Login (ChatGPT's, not the API's)
      '01KX45G1SH21AX5DT93D4HMF0P', // ChatGPT Work
      '01JMXBNJXGKKP51D4DEJ2HZJ8Q', // Search
      '01JMXBNJXG1YMQPPCPCQX3MPA2', // File uploads
      '01JMXBNJXGGT5SR5DB9J7GYY48', // Voice mode
      '01JSFK5QX36ZRW0TW0ZV0ZYFXQ', // GPTs
      '01JQ7EKW990MSPSWVXC7VPV2ZJ', // Image Generation
      '01JSYVYQSWMJ9QG35XHP08BHA7', // Deep Research
      '01JSG1XMJ9RVJJQ0E85NVSJ2AZ', // Agent
      '01K8C008QVXHA6JX98PAS42VPD', // ChatGPT Atlas
      '01KX45G1SHQQ9DTAX9S4W7FV8G', // Sites
      '01K6TVGGGDCP0PPGCHXAG3AQX8', // Connectors/Apps
    ],
  },
  {
    id: 'openai-api',
    name: 'OpenAI API',
    category: 'api',
    chatUrl: 'https://platform.openai.com/',
    statusPageUrl: OPENAI_STATUS,
    sources: OPENAI_SOURCES,
    // The "APIs" group of status.openai.com.
    componentIds: [
      '01JMXBRMFE6N2NNT7DG6XZQ6PW', // Chat Completions
      '01JP8CD9JR3HR6Y7G4Q75N4DVW', // Responses
      '01JMXBRMFEMZK0HPK19RYET250', // Fine-tuning
      '01JMXBRMFEV0AJ0VVS68N9CD6R', // Embeddings
      '01JMXBRMFE4MAP2BHSJNZ787WX', // Images
      '01JMXBRMFE5ESNNV8JDHVCGSRD', // Batch
      '01JMXBRMFEKVBWKK82B44QFMCE', // Audio
      '01JMXBRMFEVZ7E0X9GD9FWR9WX', // Moderations
      '01JMXBRMFEQW613TFE89F45035', // Realtime
      '01JMXBRMFESJCBGJR10PDD3WCQ', // Files
      '01JSM5RTJWHRWDTS6Q604VEW3B', // Login (the API's)
    ],
  },
  {
    id: 'github-copilot',
    name: 'GitHub Copilot',
    category: 'coding',
    chatUrl: 'https://github.com/copilot',
    statusPageUrl: 'https://www.githubstatus.com',
    sources: [{ platform: 'statuspage', url: 'https://www.githubstatus.com/api/v2/summary.json' }],
    componentIds: ['pjmpxvq2cmr2'], // Copilot
  },
  {
    id: 'cursor',
    name: 'Cursor',
    category: 'coding',
    chatUrl: 'https://cursor.com/',
    statusPageUrl: 'https://status.cursor.com',
    sources: [{ platform: 'statuspage', url: 'https://status.cursor.com/api/v2/summary.json' }],
  },
  {
    id: 'perplexity',
    name: 'Perplexity',
    category: 'chat',
    chatUrl: 'https://www.perplexity.ai/',
    statusPageUrl: 'https://status.perplexity.com',
    // incident.io since September 2026, through its Statuspage-compatible API.
    sources: [{ platform: 'statuspage', url: 'https://status.perplexity.com/api/v2/summary.json' }],
  },
];

export function providerById(id: string): Provider | undefined {
  return CATALOG.find((provider) => provider.id === id);
}

/** Every host the catalog polls: the manifest's host_permissions must list exactly these. */
export function catalogHosts(): string[] {
  const hosts = CATALOG.flatMap((provider) => provider.sources.map((source) => new URL(source.url).host));
  return [...new Set(hosts)].sort();
}
