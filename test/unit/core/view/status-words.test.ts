import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPlatform } from '../../../../src/core/discovery/detect';
import { parserFor } from '../../../../src/core/platforms/parsers';
import { statusWord } from '../../../../src/core/view/status-words';
import { FIXTURES_DIR, readFixture, readSynthetic, SYNTHETIC_DIR } from '../../../fixtures';
import { englishT } from '../../support/english';

/** The English words of the status table (`status_*` in _locales): every status the popup shows is one of them. */
const ENGLISH = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
const PHASES = new Set(
  Object.entries(ENGLISH)
    .filter(([key]) => key.startsWith('status_'))
    .map(([, { message }]) => message),
);

/** Every payload of a platform the radar reads, real and synthetic (hostile ones aside: their words are made up to hurt). */
function payloads(): { file: string; body: string }[] {
  const files = (dir: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.md'))
      .map((entry) => relative(dir, `${entry.parentPath}/${entry.name}`));
  return [
    ...files(FIXTURES_DIR).map((file) => ({ file, body: readFixture(file) })),
    ...files(SYNTHETIC_DIR)
      .filter((file) => !file.includes('hostile'))
      .map((file) => ({ file, body: readSynthetic(file) })),
  ];
}

/** The status words of every incident, resolved incident and maintenance each payload reads as. */
function statusWords(): Map<string, string> {
  const words = new Map<string, string>();
  for (const { file, body } of payloads()) {
    const platform = detectPlatform(body);
    if (!platform) continue;
    const parsed = parserFor(platform)(body, {
      source: 'https://status.example.com/',
      statusPageUrl: 'https://status.example.com',
      fetchedAt: '2026-11-22T08:00:00.000Z',
    });
    if (!parsed.ok) continue;
    const { incidents, recent = [], maintenances } = parsed.value;
    for (const item of [...incidents, ...recent, ...maintenances]) if (item.status) words.set(item.status, file);
  }
  return words;
}

describe('status words: one table, every word translated', () => {
  const words = statusWords();

  it('the payloads hold many words, of several platforms', () => {
    expect(words.size).toBeGreaterThan(8);
  });

  it.each([...words])('"%s" (in %s) reads as a translated phase', (word) => {
    expect(PHASES).toContain(statusWord(word, englishT));
  });

  it('severity words written as a status read as a phase, so that no incident says its severity twice', () => {
    for (const word of ['major_outage', 'service_disruption', 'service_information', 'service_outage', 'degraded_performance']) {
      expect(statusWord(word, englishT), word).toBe('Active');
    }
  });

  it('a word no table knows is shown as the page wrote it, never dropped', () => {
    expect(statusWord('resolvido', englishT)).toBe('resolvido');
    expect(statusWord('in_review', englishT)).toBe('in review');
  });
});
