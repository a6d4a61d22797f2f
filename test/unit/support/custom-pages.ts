import type { CustomPage } from '../../../src/core/model';

/** A status page a user added: a Statuspage site on a host no test reaches (answers come from fakeFetch). */
export const EXAMPLE_PAGE: CustomPage = {
  id: 'custom:status.example-ai.test',
  name: 'Example AI',
  category: 'chat',
  statusPageUrl: 'https://status.example-ai.test',
  chatUrl: 'https://chat.example-ai.test/',
  platform: 'statuspage',
  sources: [{ platform: 'statuspage', url: 'https://status.example-ai.test/api/v2/summary.json' }],
};

/** A Statuspage site a user added at `host`, named for it, its chat on the same host; `patch` changes the rest. */
export function statuspagePageAt(host: string, patch: Partial<CustomPage> = {}): CustomPage {
  return {
    id: `custom:${host}`,
    name: host,
    category: 'api',
    statusPageUrl: `https://${host}`,
    chatUrl: `https://${host}`,
    platform: 'statuspage',
    sources: [{ platform: 'statuspage', url: `https://${host}/api/v2/summary.json` }],
    ...patch,
  };
}
