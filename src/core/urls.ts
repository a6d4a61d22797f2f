/** The host of a URL; undefined for what is not one. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/**
 * The URL if it is https and carries no user name or password, the one kind of link from a feed the
 * extension ever keeps or opens; undefined for anything else.
 */
export function safeHttpsUrl(url: string): URL | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'https:' && !parsed.username && !parsed.password ? parsed : undefined;
}
