import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../src/core/settings/settings';
import { readStoredSettings } from '../../../../src/core/settings/stored-settings';

describe('which assistants’ own requests the user lets the radar observe', () => {
  it('none until the user turns one on', () => {
    expect(defaultSettings().ownTraffic).toEqual([]);
  });

  it('reads settings written before the choice existed as whole, with none on, and says no problem', () => {
    const { ownTraffic, ...before } = defaultSettings();
    const problems: string[] = [];
    expect(readStoredSettings(before, (problem) => problems.push(problem)).ownTraffic).toEqual([]);
    expect(problems).toEqual([]);
    expect(ownTraffic).toEqual([]);
  });

  it('keeps only assistants whose web app the catalog knows, each once', () => {
    const read = readStoredSettings({ ...defaultSettings(), ownTraffic: ['claude', 'claude', 'cohere', 'nobody', 'chatgpt'] });
    expect(read.ownTraffic).toEqual(['claude', 'chatgpt']);
  });

  it('a value that is no list of ids costs only this choice', () => {
    const problems: string[] = [];
    const read = readStoredSettings({ ...defaultSettings(), watched: ['claude'], ownTraffic: 'claude' }, (problem) =>
      problems.push(problem),
    );
    expect(read.ownTraffic).toEqual([]);
    expect(read.watched).toEqual(['claude']);
    expect(problems).toEqual(['ownTraffic: list expected']);
  });
});
