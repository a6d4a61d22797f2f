import { fail, ok, type Result } from '../result';
import { isRecord } from './fields';

/** Markers of the bot-check pages that CDNs serve in place of data (Cloudflare, Akamai, Vercel, generic captchas). */
const CHALLENGE_MARKERS = [
  'cf-chl',
  'challenge-platform',
  'just a moment',
  'attention required',
  'captcha',
  'verify you are human',
  'vercel security checkpoint',
  'access denied',
];

/** How far into a body its start is looked at: past a BOM, comments and an XML prolog, never the whole body. */
const HTML_LOOKAHEAD = 4_000;

/** Root elements of the XML documents status pages serve as data: RSS, Atom, RSS 1.0. */
const FEED_ROOTS = new Set(['rss', 'feed', 'rdf:rdf']);

/**
 * Whether a body is an HTML page, by its content alone. The Content-Type label is not asked: Hugging Face
 * serves its `index.json` as `text/html`, and a CDN's bot check can come labelled `application/json`. JSON
 * and XML feeds are data even when what they carry quotes HTML; HTML is a document that opens with a doctype
 * html, an `<html>`, `<head>` or `<body>` element, or (a page without its outer tags) markup that opens a
 * head or body before any data root.
 */
export function looksLikeHtml(body: string): boolean {
  // trimStart also drops a byte-order mark (U+FEFF is white space to JavaScript).
  const start = body.slice(0, HTML_LOOKAHEAD).trimStart().toLowerCase();
  if (!start.startsWith('<')) return false;
  const root = pastProlog(start);
  if (root.startsWith('<!doctype html')) return true;
  const name = /^<([a-z][a-z0-9:._-]*)/.exec(root)?.[1];
  if (name === 'html' || name === 'head' || name === 'body') return true;
  if (name === undefined || FEED_ROOTS.has(name) || start.startsWith('<?xml')) return false;
  return /<(head|body)[\s>]/.test(root);
}

/** What may come before a document's first element: declarations, processing instructions, comments, a DTD. */
const PROLOG: readonly (readonly [open: string, close: string])[] = [
  ['<?', '?>'],
  ['<!--', '-->'],
  ['<!doctype', '>'],
];

/** The body from its first element (or its doctype html) on. */
function pastProlog(start: string): string {
  let rest = start;
  for (let end = prologEnd(rest); end !== undefined; end = prologEnd(rest)) rest = rest.slice(end).trimStart();
  return rest;
}

/** Where the leading piece of prolog ends; undefined when the text starts with anything else. */
function prologEnd(text: string): number | undefined {
  if (text.startsWith('<!doctype html')) return undefined;
  const piece = PROLOG.find(([open]) => text.startsWith(open));
  if (!piece) return undefined;
  const [open, close] = piece;
  const at = text.indexOf(close, open.length);
  return at === -1 ? text.length : at + close.length;
}

export function isChallengePage(body: string): boolean {
  const head = body.slice(0, 20_000).toLowerCase();
  return CHALLENGE_MARKERS.some((marker) => head.includes(marker));
}

/** An HTML page is never data: a bot challenge, a login wall or an error page. */
export function rejectHtml(body: string): Result<string> {
  if (body.trim() === '') return fail('bad_payload', 'the body is empty');
  if (looksLikeHtml(body)) {
    return isChallengePage(body)
      ? fail('challenge', 'a bot-check page was served instead of data')
      : fail('bad_payload', 'an HTML page was served instead of data');
  }
  return ok(body);
}

/** The one JSON reader of bodies: an HTML page is a challenge or an error, never data. */
export function parseJson(body: string): Result<unknown> {
  const text = rejectHtml(body);
  if (!text.ok) return text;
  try {
    return ok(JSON.parse(text.value));
  } catch {
    return fail('bad_payload', 'the body is not valid JSON');
  }
}

/** Parse JSON that must be an object; anything else is a typed failure. */
export function parseJsonObject(body: string): Result<Record<string, unknown>> {
  const json = parseJson(body);
  if (!json.ok) return json;
  return isRecord(json.value) ? ok(json.value) : fail('bad_payload', 'the JSON is not an object');
}

/**
 * The body's JSON value for content detection, read once and handed to each platform's check; undefined
 * when the body is no JSON (JSON itself has no undefined, so that cannot be mistaken for a value).
 */
export function jsonOf(body: string): unknown {
  const json = parseJson(body);
  return json.ok ? json.value : undefined;
}

export function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

export function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
