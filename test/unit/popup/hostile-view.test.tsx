// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BODY_LENGTH, MAX_NAME_LENGTH, MAX_TITLE_LENGTH } from '../../../src/core/poll/bound-reading';
import { FOLD_AFTER, UpdateText } from '../../../src/popup/UpdateText';
import { text as textOf } from '../support/dom';
import { AT, HOSTILE_CASES, hostileWatch, isClean, providerOf } from '../support/hostile-corpus';
import { renderInEnglish, showPopup } from '../support/views';

/** The popup as the user sees it after a poll of pages that send hostile text (the corpus in test/synthetic). */

const NOW = Date.parse(AT);
const providers = HOSTILE_CASES.map(providerOf);
const { settings, state } = hostileWatch();

let root: HTMLElement;

beforeEach(() => {
  root = showPopup(NOW + 5 * 60_000, { state, settings });
});

afterEach(() => {
  render(null, root);
  document.body.innerHTML = '';
});

const cards = () => [...root.querySelectorAll<HTMLElement>('.attention details.entry')];
const cardOf = (providerId: string) => root.querySelector<HTMLElement>(`details.entry[data-providers~="${providerId}"]`);

describe('the popup on hostile feeds', () => {
  it('shows every hostile page as an affected assistant, with its incidents', () => {
    expect(cards().length).toBe(HOSTILE_CASES.length);
    expect(root.querySelectorAll('.incident').length).toBeGreaterThanOrEqual(HOSTILE_CASES.length);
  });

  it('creates no script, image, frame or other active element', () => {
    expect(
      root.querySelectorAll('script, img, iframe, frame, object, embed, style, link, meta, form, foreignObject'),
    ).toHaveLength(0);
  });

  it('sets no event handler attribute and no source attribute on any element', () => {
    const risky = [...root.querySelectorAll('*')].flatMap((element) =>
      element
        .getAttributeNames()
        .filter((name) => /^on/i.test(name) || ['src', 'srcset', 'srcdoc', 'action', 'formaction', 'xlink:href'].includes(name))
        .map((name) => `${element.tagName} ${name}`),
    );
    expect(risky).toEqual([]);
  });

  it('links only to https pages: an incident only to its own status page host', () => {
    const allowedHosts = new Set(
      providers.flatMap((provider) =>
        [provider.chatUrl, provider.statusPageUrl ?? provider.chatUrl].map((url) => new URL(url).host),
      ),
    );
    const anchors = [...root.querySelectorAll<HTMLAnchorElement>('[href]')];
    expect(anchors.length).toBeGreaterThan(0);
    for (const anchor of anchors) {
      const href = anchor.getAttribute('href') ?? '';
      expect(new URL(href).protocol, href).toBe('https:');
      expect(allowedHosts.has(new URL(href).host), href).toBe(true);
    }
    for (const provider of providers) {
      const statusHost = new URL(provider.statusPageUrl ?? '').host;
      for (const link of cardOf(provider.id)?.querySelectorAll<HTMLAnchorElement>('.incident a[href]') ?? []) {
        expect(new URL(link.getAttribute('href') ?? '').host).toBe(statusHost);
      }
    }
  });

  it('shows markup from the feed as literal text', () => {
    const card = cardOf('cohere');
    const titles = [...(card?.querySelectorAll('.incident__title') ?? [])].map(textOf);
    expect(titles.some((title) => title.startsWith('<script>alert(1)</script>'))).toBe(true);
    expect(textOf(card)).toContain('<img src=x onerror=alert(1)>');
    expect(textOf(card)).toContain('[click](javascript:alert(1))');
    expect(card?.innerHTML).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps ordinary text of every script', () => {
    expect(textOf(root)).toContain('服务中断 خدمة متوقفة 👩🏽‍💻 🏳️‍🌈 Ünïcödé');
  });

  it('carries no bidi control, zero-width or control character, in text or attributes', () => {
    expect(isClean(root.textContent ?? '')).toBe(true);
    for (const element of root.querySelectorAll('*')) {
      for (const name of element.getAttributeNames()) expect(isClean(element.getAttribute(name) ?? ''), name).toBe(true);
    }
  });

  it('cuts long text: titles, component names, and updates folded and whole', () => {
    for (const title of root.querySelectorAll('.incident__title')) {
      expect(textOf(title).length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    }
    for (const name of root.querySelectorAll('.incident__components bdi')) {
      expect(textOf(name).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    }
    const updates = [...root.querySelectorAll('.incident__update-text')];
    const lengths = updates.map((update) => (update.textContent ?? '').length);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(FOLD_AFTER + 1);
    expect(updates.some((update) => (update.textContent ?? '').startsWith('AAAA'))).toBe(true);
  });

  it('an unfolded 100 KB update shows no more than the stored cap, and no half emoji', async () => {
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.incident__more')];
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) button.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const texts = [...root.querySelectorAll('.incident__update-text')].map((update) => update.textContent ?? '');
    expect(Math.max(...texts.map((text) => text.length))).toBeLessThanOrEqual(MAX_BODY_LENGTH);
    expect(texts.some((text) => text.length > FOLD_AFTER + 1)).toBe(true);
    expect(texts.every((text) => isClean(text))).toBe(true);
  });

  it('folds between code points: an odd offset into a run of emoji leaves no half of one', () => {
    const host = renderInEnglish(<UpdateText text={`x${'\u{1F600}'.repeat(500)}`} id="odd" />, NOW);
    const folded = host.querySelector('#odd')?.textContent ?? '';
    expect(folded.endsWith('\u{1F600}…')).toBe(true);
    expect(isClean(folded)).toBe(true);
    render(null, host);
  });

  it('isolates feed text in <bdi>, so right-to-left text cannot reorder the popup around it', () => {
    const incidents = [...root.querySelectorAll('.incident')];
    for (const incident of incidents) {
      expect(incident.querySelector('.incident__title bdi')).not.toBeNull();
      expect(incident.querySelector('.incident__facts bdi')).not.toBeNull();
      const update = incident.querySelector('.incident__update-text');
      if (update) expect(update.tagName).toBe('BDI');
      const components = incident.querySelector('.incident__components');
      if (components) expect(components.querySelectorAll('bdi').length).toBeGreaterThan(0);
    }
    const names = [...root.querySelectorAll('.incident__components')].flatMap((element) => [...element.querySelectorAll('bdi')]);
    expect(names.length).toBeGreaterThan(1);
  });
});

describe('the popup style sheet', () => {
  const css = readFileSync('src/popup/popup.css', 'utf8');
  const rules = css.replace(/\/\*[\s\S]*?\*\//g, '');
  /** The declarations of the rule whose selector list holds `selector` exactly. */
  const ruleOf = (selector: string) =>
    [...rules.matchAll(/([^{}]+)\{([^}]*)\}/g)]
      .filter(([, selectors]) => (selectors ?? '').split(',').some((each) => each.trim() === selector))
      .map(([, , body]) => body ?? '')
      .join(';');

  it('wraps an unbroken 100 KB word of feed text anywhere, in any layout, instead of widening the popup', () => {
    for (const feedText of ['.incident__title', '.incident__components', '.incident__update', '.entry__title']) {
      expect(ruleOf(feedText), feedText).toMatch(/overflow-wrap:\s*anywhere/);
    }
  });

  it('never breaks a name inside a word: names wrap between words, and break only a word wider than the popup', () => {
    expect(ruleOf('.popup')).toMatch(/overflow-wrap:\s*break-word/);
    expect(css).not.toMatch(/\.popup\s*\{[^}]*overflow-wrap:\s*anywhere/);
    for (const name of ['.entry__names', '.switch__name', '.others__name', '.best__action', '.headline']) {
      expect(ruleOf(name), name).not.toMatch(/overflow-wrap:\s*anywhere|word-break:\s*break-all/);
    }
  });

  it('isolates <bdi> even if a reset were to change it', () => {
    expect(css).toMatch(/(?:^|\n)bdi\s*\{[^}]*unicode-bidi:\s*isolate/);
  });
});
