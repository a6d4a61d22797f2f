/**
 * Where each assistant's web app sends the user's requests for answers (issue 17), as data: the host, and where
 * known the paths of the requests that carry a question, so that a failing analytics beacon or image does not
 * count. The paths change when an app is rebuilt; the host alone is the fallback scope, and an assistant with no
 * known paths reads every request to its host. Only assistants whose app is a web page the user opens here.
 */
export interface TrafficScope {
  providerId: string;
  host: string;
  /** Requests for answers; absent, every request to the host counts. */
  paths?: readonly RegExp[];
}

export const TRAFFIC_SCOPES: readonly TrafficScope[] = [
  {
    providerId: 'claude',
    host: 'claude.ai',
    // /api/organizations/<org>/chat_conversations/<id>/completion and …/retry_completion
    paths: [/^\/api\/organizations\/[^/]+\/(?:[^/]+\/)*(?:completion|retry_completion)$/],
  },
  { providerId: 'chatgpt', host: 'chatgpt.com', paths: [/^\/backend-api\/(?:f\/)?conversation$/] },
  // …/assistant.lamda.BardFrontendService/StreamGenerate
  { providerId: 'gemini', host: 'gemini.google.com', paths: [/\/StreamGenerate$/] },
  { providerId: 'perplexity', host: 'www.perplexity.ai' },
  { providerId: 'mistral', host: 'chat.mistral.ai' },
  { providerId: 'deepseek', host: 'chat.deepseek.com' },
  { providerId: 'grok', host: 'grok.com' },
  { providerId: 'poe', host: 'poe.com' },
];

export function trafficScopeOf(providerId: string): TrafficScope | undefined {
  return TRAFFIC_SCOPES.find((scope) => scope.providerId === providerId);
}

/** The host permission to ask for, exactly the assistant's own host. */
export function trafficHostPattern(scope: TrafficScope): string {
  return `https://${scope.host}/*`;
}
