/**
 * Feed text is untrusted. Preact renders it as text, so it cannot become markup, but some characters still
 * do harm as text: bidi controls reorder what surrounds them (a title that flips "Resolved" into view),
 * zero-width characters hide text or make two equal-looking strings differ, control characters corrupt a
 * notification or a terminal. These go; the letters, marks and emoji of every script stay.
 */

/**
 * Bidi embedding, override and isolate controls, the directional marks and the Arabic letter mark; the
 * zero-width space, word joiner and byte order mark, which never join anything; control characters but
 * tab and newline. All are in the BMP, so the expression works on UTF-16 units.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this is for.
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** Half of a surrogate pair without its other half: not text, and it breaks encodeURIComponent. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Zero-width non-joiner and joiner: part of Persian spelling and of emoji sequences (👩‍💻), so kept where
 * they sit between letters, marks (U+FE0F too), digits, emoji or skin tones, and noise anywhere else.
 */
const STRAY_JOINER =
  /(?<![\p{L}\p{M}\p{N}\p{Extended_Pictographic}\p{Emoji_Modifier}])[\u200C\u200D]|[\u200C\u200D](?![\p{L}\p{M}\p{N}\p{Extended_Pictographic}\p{Emoji_Modifier}])/gu;

/** Whether a string may need cleaning: most feed text does not, and is then returned as it is. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this is for.
const SUSPECT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\uD800-\uDFFF]/;

/**
 * The text without bidi controls, zero-width characters (a joiner only where it joins), control characters
 * other than newline and tab; a carriage return becomes a newline and a lone surrogate the replacement
 * character. Applying it twice changes nothing more. Regular expressions rather than a loop: a hostile body
 * can be megabytes, and this runs in the service worker.
 */
export function cleanText(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return (
    text
      .replace(/\r\n?/g, '\n')
      // Before anything is removed: taking a character out from between two halves must not pair them up.
      .replace(LONE_SURROGATE, '\uFFFD')
      .replace(FORBIDDEN, '')
      // Last, against what remains: a joiner's neighbours are then the ones it will keep.
      .replace(STRAY_JOINER, '')
  );
}

/** Trailing space and joiners: a joiner before the ellipsis would join nothing. */
const TRAILING = /[\s\u200C\u200D]+$/u;

/**
 * At most `max` UTF-16 units, cut between code points (never inside a surrogate pair) and marked with an
 * ellipsis. A text that fits is returned as it is, so a cut text is never cut again.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = '';
  for (const character of text) {
    if (cut.length + character.length > max - 1) break;
    cut += character;
  }
  return `${cut.replace(TRAILING, '')}…`;
}

/** Clean, then cut: what every string from a feed goes through before it is stored or shown. */
export function boundText(text: string, max: number): string {
  return cutText(cleanText(text), max);
}
