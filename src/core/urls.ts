/**
 * The URL `text` names, resolved against `base` where one is given; undefined for what is not one. Feeds and
 * users send anything, and the URL constructor throws on most of it.
 */
export function parseUrl(text: unknown, base?: string | URL): URL | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    return new URL(text, base);
  } catch {
    return undefined;
  }
}

/** The host of a URL; undefined for what is not one. */
export function hostOf(url: string | undefined): string | undefined {
  return parseUrl(url)?.host;
}

/**
 * The URL if it is https and carries no user name or password, the one kind of link from a feed the
 * extension ever keeps or opens; undefined for anything else.
 */
export function safeHttpsUrl(url: string): URL | undefined {
  const parsed = parseUrl(url);
  if (!parsed) return undefined;
  return parsed.protocol === 'https:' && !parsed.username && !parsed.password ? parsed : undefined;
}
