// @vitest-environment happy-dom
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_NAME_LENGTH } from '../../../src/core/poll/bound-reading';
import { OptionsView } from '../../../src/options/OptionsView';
import { AT, HOSTILE_CASES, hostileWatch, isClean } from '../support/hostile-corpus';
import { renderInEnglish } from '../support/views';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

/**
 * The options page lists each page's components by the names the page gave them (to choose which count):
 * the same hostile corpus as the popup's test, read the way the worker reads it.
 */
const { settings, state } = hostileWatch();

let root: HTMLElement;

beforeEach(async () => {
  root = renderInEnglish(
    <OptionsView
      settings={settings}
      state={state}
      permission="granted"
      saveFailed={false}
      onEdit={() => Promise.resolve(true)}
      onTest={() => Promise.resolve()}
    />,
    Date.parse(AT),
  );
  // Open every assistant's component list: its body is built only while open.
  for (const details of root.querySelectorAll<HTMLDetailsElement>('details.scope')) {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
});

afterEach(() => {
  render(null, root);
  document.body.innerHTML = '';
});

describe('the options page on hostile feeds', () => {
  it('lists the hostile component names as text, cut to size, with no active element or handler', () => {
    const labels = [...root.querySelectorAll('.scope__body .check label')].map((label) => label.textContent ?? '');
    expect(labels.length).toBeGreaterThan(HOSTILE_CASES.length);
    expect(labels.some((label) => label.includes('<script>') || label.includes('<img'))).toBe(true);
    expect(Math.max(...labels.map((label) => label.length))).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    // The one form is the page's own (adding a status page); none comes from a feed.
    expect(root.querySelectorAll('script, img, iframe, object, embed, style, link, form:not(.custom-form)')).toHaveLength(0);
    const handlers = [...root.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames().filter((name) => /^on/i.test(name)),
    );
    expect(handlers).toEqual([]);
  });

  it('carries no bidi control, zero-width or control character, in text or attributes', () => {
    expect(isClean(root.textContent ?? '')).toBe(true);
    for (const element of root.querySelectorAll('*')) {
      for (const name of element.getAttributeNames()) expect(isClean(element.getAttribute(name) ?? ''), name).toBe(true);
    }
  });

  it('builds element ids from positions, never from the ids a page sent', () => {
    const ids = [...root.querySelectorAll('.scope__body [id]')].map((element) => element.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^[\w-]+$/);
  });
});
