import { fail, ok, type Result } from './result';

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

export function looksLikeHtml(body: string): boolean {
  const start = body.trimStart().slice(0, 200).toLowerCase();
  return (
    start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<head') || start.startsWith('<body')
  );
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

/** Parse JSON that must be an object; anything else is a typed failure. */
export function parseJsonObject(body: string): Result<Record<string, unknown>> {
  const text = rejectHtml(body);
  if (!text.ok) return text;
  let value: unknown;
  try {
    value = JSON.parse(text.value);
  } catch {
    return fail('bad_payload', 'the body is not valid JSON');
  }
  if (!isRecord(value)) return fail('bad_payload', 'the JSON is not an object');
  return ok(value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

export function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
