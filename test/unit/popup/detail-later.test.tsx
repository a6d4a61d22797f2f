// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { State } from '../../../src/core/model';
import { rosterOf } from '../../../src/core/settings/roster';
import { defaultSettings } from '../../../src/core/settings/settings';
import { PopupView } from '../../../src/popup/PopupView';
import { LocaleContext } from '../../../src/ui/i18n-context';
import { baselineAnswers } from '../../fake-server/baseline';
import { stateOf } from '../support/baseline-pages';
import { text } from '../support/dom';
import { englishT } from '../support/english';

/**
 * The affected rows' detail is a chunk of its own, loaded after the first paint (issue 15: the popup opens with
 * less script). Not through support/views, which loads it before rendering: here the popup renders as it opens.
 * The end-to-end baseline's real pages: ChatGPT degraded, with "Workspace Agents Degraded and Responses Impacted".
 */
let baseline: State;
beforeAll(async () => {
  baseline = await stateOf(baselineAnswers(), '2026-10-06T23:10:00Z');
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('an affected row’s detail, loaded after the first paint', () => {
  it('the row is there at the first render; what it opens to follows within moments', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <LocaleContext.Provider value={{ t: englishT, language: 'en', now: Date.parse('2026-10-06T23:10:00Z') }}>
        <PopupView state={baseline} roster={rosterOf(defaultSettings())} busy={false} onRefresh={() => {}} onSnooze={() => {}} />
      </LocaleContext.Provider>,
      root,
    );
    const row = root.querySelector('details.entry[data-providers~="chatgpt"]');
    expect(text(row?.querySelector('summary .entry__title'))).toBe('Workspace Agents Degraded and Responses Impacted');
    // Closed, and not yet loaded: nothing of the detail is in the script the popup opened with.
    expect(row?.hasAttribute('open')).toBe(false);
    expect(row?.querySelector('.entry__detail li.incident')).toBeNull();
    await expect
      .poll(() => [...(row?.querySelectorAll('.entry__detail li.incident .incident__title') ?? [])].map(text))
      .toEqual(['Workspace Agents Degraded and Responses Impacted']);
    expect(text(row?.querySelector('.entry__links'))).toBe('Status page');
  });
});
