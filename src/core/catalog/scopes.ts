/**
 * Component ids per product, taken from each page's own payloads (ids survive renames; names do not).
 * Kept apart from the catalog so that the catalog reads as a list of assistants.
 */

/** status.claude.com (Statuspage). */
export const CLAUDE_AI = ['rwppv331jlwc']; // claude.ai
export const CLAUDE_API = [
  'k8w3r06qmzrp', // Claude API (api.anthropic.com)
  '0qbwn08sd68x', // Claude Console (platform.claude.com)
];
export const CLAUDE_CODE = ['yyzkbfz2thpt']; // Claude Code

/**
 * status.openai.com (incident.io): the groups of its page structure. The Statuspage-compatible summary
 * lists only the first 25 components, so ids past that are read from the native page JSON.
 */
export const CHATGPT = [
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
];
export const OPENAI_API = [
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
  '01M3Q6W0264T1RJS1YEM47CAQJ', // Agents (in the APIs group since October 2026)
  '01M3Q6W0262E8VW5DE1MJMMN0T', // Decisions (likewise)
];
export const CODEX = [
  '01JVCV8YSWZFRSM1G5CVP253SK', // Codex Web
  '01KMP3KP5MGE23B80K1EK4S8PV', // Codex API
  '01KMKFAMWKNQ84Z1766MV08ZDE', // CLI
  '01KMP3KP5M8X0EBTVW6KN327EE', // VS Code extension
  '01KMKFAMWKQ81YWSE1Z18R6VHR', // Codex in ChatGPT Desktop (listed in the ChatGPT group)
];

/** www.githubstatus.com (Statuspage). */
export const GITHUB_COPILOT = [
  'pjmpxvq2cmr2', // Copilot
  'cnnb39dkkk82', // Copilot AI Model Providers: the models Copilot answers with
];

/** Google's dashboards scope by product id. */
export const GEMINI_APP = ['npdyhgECDJ6tB66MxXyo']; // Google Workspace: Gemini
export const GEMINI_API = ['Z0FZJAMvEB4j3NbCJs6B']; // Google Cloud: Vertex Gemini API, now "Gemini on Agent Platform"

/**
 * status.x.ai (its feed): products by the slug the page keys them by, the first segment of every item's
 * link. Grok is the chat product: grok.com, its iOS and Android apps, and the xAI sign-in they log in
 * through. Not the API regions or the API Console (the developer product), nor Grok in X, which lives
 * inside the X app rather than at grok.com.
 */
export const XAI_GROK = [
  'grok-com', // Grok (Web)
  'ios-app', // Grok (iOS)
  'android-app', // Grok (Android)
  'single-sign-on', // Single Sign-On (accounts.x.ai)
];
