import type { FetchLike } from '../core/fetch/fetch-text';
import { main } from './main';

/** `npm run -s status` and `npx ai-outage-radar`: the command with Node's own fetch, clock and streams. */
const nodeFetch: FetchLike = (url, init) => fetch(url, init);

process.exitCode = await main(process.argv.slice(2), {
  fetch: nodeFetch,
  now: Date.now,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // https://no-color.org: any value of NO_COLOR turns colour off.
  color: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
});
