#!/usr/bin/env node
// `npx ai-outage-radar`: the package is private and ships no build of the command, so its TypeScript source
// runs through tsx (a dev dependency). Both are found from this file, never from the caller's directory, so
// the command works from anywhere.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import(new URL('../src/cli/status.ts', import.meta.url).href);
