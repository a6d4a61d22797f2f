import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The captured real payloads (test/fixtures/README.md says where each came from). */
export const FIXTURES_DIR = resolve(import.meta.dirname, 'fixtures');

export function readFixture(relativePath: string): string {
  return readFileSync(resolve(FIXTURES_DIR, relativePath), 'utf8');
}

/** Payloads made by hand for cases no capture shows; each names the real case it stands for. */
export const SYNTHETIC_DIR = resolve(import.meta.dirname, 'synthetic');

export function readSynthetic(name: string): string {
  return readFileSync(resolve(SYNTHETIC_DIR, name), 'utf8');
}
